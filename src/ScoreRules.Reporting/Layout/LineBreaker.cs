using System.Text;
using ScoreRules.Reporting.Fonts;

namespace ScoreRules.Reporting.Layout;

/// <summary>
/// Breaks styled text into lines of at most a given width. Latin text breaks at spaces (and after a hyphen inside
/// a word); CJK text breaks between any two characters, and between CJK and Latin; kinsoku rules keep closing
/// punctuation off the start of a line and opening punctuation off its end. A word longer than the whole line is
/// broken between characters. Spaces at the end of a line are not drawn and do not count towards its width.
/// </summary>
internal static class LineBreaker
{
    private const double Epsilon = 0.001;

    /// <summary>Breaks the runs into lines no wider than <paramref name="maxWidth"/> points.</summary>
    public static IReadOnlyList<TextLine> Break(IReadOnlyList<StyledRun> runs, double maxWidth, ITextMeasurer measurer)
    {
        var text = new Flattened(runs);
        var lines = new List<TextLine>();
        var lineStart = -1;
        var lineEnd = -1;
        var lineWidth = 0.0;

        void Flush(bool force)
        {
            if (lineStart >= 0 || force)
            {
                lines.Add(lineStart >= 0 ? text.MakeLine(lineStart, lineEnd, measurer) : new TextLine([], 0));
            }

            lineStart = lineEnd = -1;
            lineWidth = 0;
        }

        foreach (var (clusterStart, clusterEnd, hardBreak) in text.Clusters())
        {
            var start = clusterStart;
            var end = clusterEnd;
            while (start < end)
            {
                if (lineStart < 0)
                {
                    while (start < end && text.Chars[start] == ' ')
                    {
                        start++;
                    }

                    if (start == end)
                    {
                        break;
                    }
                }

                var inkEnd = end;
                while (inkEnd > start && text.Chars[inkEnd - 1] == ' ')
                {
                    inkEnd--;
                }

                var ink = text.Measure(start, inkEnd, measurer);
                if (lineWidth + ink <= maxWidth + Epsilon)
                {
                    if (lineStart < 0)
                    {
                        lineStart = start;
                    }

                    lineEnd = end;
                    lineWidth += text.Measure(start, end, measurer);
                    break;
                }

                if (lineStart >= 0)
                {
                    Flush(false);
                    continue;
                }

                var split = text.SplitToFit(start, inkEnd, maxWidth, measurer);
                lineStart = start;
                lineEnd = split;
                Flush(false);
                start = split;
            }

            if (hardBreak)
            {
                Flush(true);
            }
        }

        Flush(false);
        return lines;
    }

    /// <summary>
    /// The narrowest width the runs can be set in without breaking inside a word (the widest unbreakable
    /// piece), and the width they take without any soft line break (the widest hard line), in points.
    /// </summary>
    public static (double Min, double Max) ContentWidths(IReadOnlyList<StyledRun> runs, ITextMeasurer measurer)
    {
        var text = new Flattened(runs);
        double min = 0, max = 0, line = 0;
        foreach (var (start, end, hardBreak) in text.Clusters())
        {
            var inkEnd = end;
            while (inkEnd > start && text.Chars[inkEnd - 1] == ' ')
            {
                inkEnd--;
            }

            min = Math.Max(min, text.Measure(start, inkEnd, measurer));
            max = Math.Max(max, line + text.Measure(start, inkEnd, measurer));
            line += text.Measure(start, end, measurer);
            if (hardBreak)
            {
                line = 0;
            }
        }

        return (min, max);
    }

    /// <summary>True when a line may break between code points <paramref name="before"/> and <paramref name="after"/>.</summary>
    internal static bool CanBreakBetween(int before, int after, int beforeBefore)
    {
        if (after == ' ' || Kinsoku.CannotStartLine(after) || Kinsoku.CannotEndLine(before))
        {
            return false;
        }

        if (before == ' ' || FontSet.IsWide(before) || FontSet.IsWide(after))
        {
            return true;
        }

        return before == '-' && Rune.IsValid(beforeBefore) && Rune.IsLetter(new Rune(beforeBefore)) && Rune.IsLetter(new Rune(after));
    }

    /// <summary>The runs joined into one string, with the style of every UTF-16 unit.</summary>
    private sealed class Flattened
    {
        private readonly List<TextStyle> _styles = [];
        private readonly int[] _styleOf;

        public Flattened(IReadOnlyList<StyledRun> runs)
        {
            var length = 0;
            foreach (var run in runs)
            {
                length += run.Text.Length;
            }

            var chars = new char[length];
            _styleOf = new int[length];
            var at = 0;
            foreach (var run in runs)
            {
                var index = _styles.IndexOf(run.Style);
                if (index < 0)
                {
                    index = _styles.Count;
                    _styles.Add(run.Style);
                }

                run.Text.CopyTo(chars.AsSpan(at));
                _styleOf.AsSpan(at, run.Text.Length).Fill(index);
                at += run.Text.Length;
            }

            Chars = new string(chars);
        }

        public string Chars { get; }

        /// <summary>Unbreakable pieces (with their trailing spaces), and whether a hard break follows each.</summary>
        public IEnumerable<(int Start, int End, bool HardBreak)> Clusters()
        {
            var start = 0;
            int previous = -1, beforePrevious = -1;
            var i = 0;
            while (i < Chars.Length)
            {
                if (Chars[i] == '\n')
                {
                    yield return (start, i, true);
                    i++;
                    start = i;
                    previous = beforePrevious = -1;
                    continue;
                }

                var rune = Rune.GetRuneAt(Chars, i);
                if (previous >= 0 && i > start && CanBreakBetween(previous, rune.Value, beforePrevious))
                {
                    yield return (start, i, false);
                    start = i;
                }

                beforePrevious = previous;
                previous = rune.Value;
                i += rune.Utf16SequenceLength;
            }

            if (start < Chars.Length)
            {
                yield return (start, Chars.Length, false);
            }
        }

        public double Measure(int start, int end, ITextMeasurer measurer)
        {
            var width = 0.0;
            foreach (var (s, e, style) in StyleRanges(start, end))
            {
                width += measurer.Width(Chars.AsSpan(s, e - s), style);
            }

            return width;
        }

        /// <summary>The end of the longest prefix of [start, end) that fits, at least one character.</summary>
        public int SplitToFit(int start, int end, double maxWidth, ITextMeasurer measurer)
        {
            var fit = start + Rune.GetRuneAt(Chars, start).Utf16SequenceLength;
            var previousFit = start;
            var next = fit;
            while (next < end)
            {
                var candidate = next + Rune.GetRuneAt(Chars, next).Utf16SequenceLength;
                if (Measure(start, candidate, measurer) > maxWidth + Epsilon)
                {
                    break;
                }

                previousFit = fit;
                fit = candidate;
                next = candidate;
            }

            // Kinsoku: do not leave closing punctuation to start the next line when we can move one character down.
            if (fit < end && Kinsoku.CannotStartLine(Rune.GetRuneAt(Chars, fit).Value) && previousFit > start)
            {
                fit = previousFit;
            }

            return fit;
        }

        public TextLine MakeLine(int start, int end, ITextMeasurer measurer)
        {
            while (end > start && Chars[end - 1] == ' ')
            {
                end--;
            }

            var fragments = new List<TextFragment>();
            var x = 0.0;
            foreach (var (s, e, style) in StyleRanges(start, end))
            {
                var piece = Chars[s..e];
                var width = measurer.Width(piece, style);
                fragments.Add(new TextFragment(piece, style, x, width));
                x += width;
            }

            return new TextLine(fragments, x);
        }

        private IEnumerable<(int Start, int End, TextStyle Style)> StyleRanges(int start, int end)
        {
            var s = start;
            for (var i = start + 1; i <= end; i++)
            {
                if (i == end || _styleOf[i] != _styleOf[s])
                {
                    if (i > s)
                    {
                        yield return (s, i, _styles[_styleOf[s]]);
                    }

                    s = i;
                }
            }
        }
    }
}
