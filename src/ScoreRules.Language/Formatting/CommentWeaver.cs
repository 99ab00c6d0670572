using System.Text;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// Puts the comments back among the <see cref="LayoutLine"/>s, decides the blank lines and renders
/// the final text.
/// <list type="bullet">
/// <item>A comment after the last thing on a line (not on a line of its own) stays at the end of
/// that line, one space after it; the comments of consecutive such lines at the same depth line up
/// one space after the longest of them.</item>
/// <item>Every other comment goes on its own line before the next line that follows it, at that
/// line's indentation (inside the block when the next line is a closing <c>}</c>); comments after
/// the last declaration stay at the end of the file. A comment that sat inside a statement now
/// printed on one line also goes on its own line, above the statement, since the statement cannot
/// be split around it.</item>
/// <item>Top-level declarations are separated by one blank line (runs of imports or of alerts keep
/// the author's choice). Elsewhere one blank line is kept where the author left one or more, but
/// never right after a <c>{</c> or right before a <c>}</c>.</item>
/// </list>
/// </summary>
internal static class CommentWeaver
{
    private sealed record Entry(int Depth, string Text, int SourceStart, int SourceEnd, LayoutLine? Line, Comment? Trailing);

    /// <summary>The formatted file: LF line ends, ending with one newline (or empty when there is nothing).</summary>
    /// <param name="lines">The layout, in source order with disjoint source ranges.</param>
    /// <param name="comments">Every comment of the file, in order.</param>
    /// <param name="text">The original text, to see where the author left blank lines.</param>
    public static string Render(IReadOnlyList<LayoutLine> lines, IReadOnlyList<Comment> comments, string text)
    {
        var entries = Weave(lines, comments);
        var blankBefore = new bool[entries.Count];
        for (var k = 1; k < entries.Count; k++) blankBefore[k] = BlankBetween(entries[k - 1], entries[k], text);
        var commentColumns = TrailingCommentColumns(entries, blankBefore);

        var sb = new StringBuilder();
        for (var k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            if (blankBefore[k]) sb.Append('\n');
            var line = new string(' ', entry.Depth * 2) + entry.Text;
            sb.Append(line);
            if (entry.Trailing is not null)
                sb.Append(' ', commentColumns[k] - DisplayWidth.Of(line)).Append(entry.Trailing.Text);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The display column of each trailing comment. Consecutive lines at the same depth that all
    /// end in a comment form a run, and the run's comments line up one space after its longest line.
    /// </summary>
    private static int[] TrailingCommentColumns(List<Entry> entries, bool[] blankBefore)
    {
        var columns = new int[entries.Count];
        var k = 0;
        while (k < entries.Count)
        {
            if (entries[k].Trailing is null) { k++; continue; }
            var end = k + 1;
            while (end < entries.Count && !blankBefore[end] && entries[end].Trailing is not null && entries[end].Depth == entries[k].Depth) end++;
            var column = 0;
            for (var j = k; j < end; j++) column = Math.Max(column, entries[j].Depth * 2 + DisplayWidth.Of(entries[j].Text) + 1);
            for (var j = k; j < end; j++) columns[j] = column;
            k = end;
        }
        return columns;
    }

    private static List<Entry> Weave(IReadOnlyList<LayoutLine> lines, IReadOnlyList<Comment> comments)
    {
        // before[i]: own-line comments printed ahead of lines[i]; before[lines.Count]: at the end of the file.
        var before = new List<Comment>[lines.Count + 1];
        var trailing = new Comment?[lines.Count];
        foreach (var comment in comments)
        {
            var i = FirstLineEndingAfter(lines, comment.Span.Start);
            var insideNext = i < lines.Count && comment.Span.Start >= lines[i].SourceStart;
            if (!comment.OwnLine && i > 0 && !insideNext && trailing[i - 1] is null && lines[i - 1].Role != LineRole.Row)
                trailing[i - 1] = comment;
            else
                (before[i] ??= []).Add(comment);
        }

        var entries = new List<Entry>();
        for (var i = 0; i <= lines.Count; i++)
        {
            var line = i < lines.Count ? lines[i] : null;
            var depth = line is null ? 0 : line.Role == LineRole.Close ? line.Depth + 1 : line.Depth;
            foreach (var comment in before[i] ?? [])
                entries.Add(new Entry(depth, comment.Text, comment.Span.Start, comment.Span.End, null, null));
            if (line is not null)
                entries.Add(new Entry(line.Depth, line.Text, line.SourceStart, line.SourceEnd, line, trailing[i]));
        }
        return entries;
    }

    // Lines are in source order with disjoint ranges, so their ends increase.
    private static int FirstLineEndingAfter(IReadOnlyList<LayoutLine> lines, int offset)
    {
        int low = 0, high = lines.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (lines[mid].SourceEnd > offset) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private static bool BlankBetween(Entry previous, Entry current, string text)
    {
        if (current.Line?.Role == LineRole.Close || previous.Line?.Role == LineRole.Open) return false;
        if (previous.Line is { EndsDeclaration: true } ended)
        {
            var sameOneLiners = current.Line is { StartsDeclaration: true, OneLineKeyword: { } keyword } && keyword == ended.OneLineKeyword;
            if (!sameOneLiners) return true;
        }
        return SourceScanner.HasBlankLine(text, previous.SourceEnd, current.SourceStart);
    }
}
