using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Unified diffs in the form <c>diff -u</c> and <c>git diff</c> print and <c>patch</c>/<c>git apply</c>
/// read: a <c>--- a/PATH</c> / <c>+++ b/PATH</c> header, then hunks <c>@@ -l,s +l,s @@</c> with
/// <see cref="ContextLines"/> unchanged lines around each change (a count of 1 is written without
/// <c>,1</c>, and an empty range starts at the line before it, as GNU diff does). A last line without
/// a line end is followed by <c>\ No newline at end of file</c>. DiffPlex finds the changed lines.
/// </summary>
internal static class UnifiedDiff
{
    /// <summary>Unchanged lines shown before and after each change.</summary>
    public const int ContextLines = 3;

    private static readonly IChunker LinesWithEnds = new CustomFunctionChunker(SplitKeepingLineEnds);

    /// <summary>
    /// The diff that turns <paramref name="oldText"/> into <paramref name="newText"/>, every line ending
    /// in <c>\n</c>, or an empty string when they are equal. <paramref name="path"/> is shown after
    /// <c>a/</c> and <c>b/</c> with <c>/</c> separators (a leading <c>/</c> dropped, as git does).
    /// </summary>
    public static string Create(string path, string oldText, string newText)
    {
        if (oldText == newText) return "";
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LinesWithEnds);
        var shown = path.Replace('\\', '/').TrimStart('/');
        var sb = new StringBuilder();
        sb.Append("--- a/").Append(shown).Append('\n');
        sb.Append("+++ b/").Append(shown).Append('\n');
        foreach (var hunk in GroupIntoHunks(diff.DiffBlocks))
            AppendHunk(sb, diff, hunk);
        return sb.ToString();
    }

    // Changes closer together than twice the context share one hunk, so no line is shown twice.
    private static List<List<DiffBlock>> GroupIntoHunks(IEnumerable<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            if (hunks.Count > 0)
            {
                var previous = hunks[^1][^1];
                if (block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * ContextLines)
                {
                    hunks[^1].Add(block);
                    continue;
                }
            }
            hunks.Add([block]);
        }
        return hunks;
    }

    private static void AppendHunk(StringBuilder sb, DiffResult diff, List<DiffBlock> blocks)
    {
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var first = blocks[0];
        var last = blocks[^1];
        var leading = Math.Min(ContextLines, first.DeleteStartA);
        var oldStart = first.DeleteStartA - leading;
        var newStart = first.InsertStartB - leading;
        var oldChangeEnd = last.DeleteStartA + last.DeleteCountA;
        var trailing = Math.Min(ContextLines, oldLines.Count - oldChangeEnd);
        var oldEnd = oldChangeEnd + trailing;
        var newEnd = last.InsertStartB + last.InsertCountB + trailing;

        sb.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart))
          .Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

        var oldAt = oldStart;
        foreach (var block in blocks)
        {
            for (; oldAt < block.DeleteStartA; oldAt++) AppendLine(sb, ' ', oldLines[oldAt]);
            for (var i = 0; i < block.DeleteCountA; i++) AppendLine(sb, '-', oldLines[block.DeleteStartA + i]);
            for (var i = 0; i < block.InsertCountB; i++) AppendLine(sb, '+', newLines[block.InsertStartB + i]);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }
        for (; oldAt < oldEnd; oldAt++) AppendLine(sb, ' ', oldLines[oldAt]);
    }

    // start is 0-based; unified diffs count from 1, and an empty range names the line before it.
    private static string Range(int start, int count)
    {
        var shownStart = count == 0 ? start : start + 1;
        return count == 1
            ? shownStart.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{shownStart},{count}");
    }

    private static void AppendLine(StringBuilder sb, char prefix, string line)
    {
        sb.Append(prefix);
        if (line.EndsWith('\n')) sb.Append(line);
        else sb.Append(line).Append("\n\\ No newline at end of file\n");
    }

    // Each piece keeps its "\n", so a last line with and without a line end compare unequal.
    private static string[] SplitKeepingLineEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return [.. lines];
    }
}
