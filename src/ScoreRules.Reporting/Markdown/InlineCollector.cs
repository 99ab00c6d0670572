using System.Globalization;
using System.Text;
using Markdig.Syntax.Inlines;
using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Markdown;

/// <summary>
/// Turns Markdig inlines into styled runs: <c>**bold**</c>, <c>*italic*</c>, <c>***both***</c>, <c>`code`</c>
/// (monospace), links (coloured text), hard breaks (also <c>&lt;br&gt;</c>); other inline HTML is shown as the
/// text it is, as the HTML renderer does. White space collapses as in HTML, except that a soft line break
/// between two CJK characters disappears instead of becoming a space. Invisible format characters (zero-width
/// spaces and joiners, variation selectors, soft hyphens) are dropped.
/// </summary>
internal static class InlineCollector
{
    private const char SoftBreak = '\uE000';

    /// <summary>The runs of an inline container in the given base style.</summary>
    public static IReadOnlyList<StyledRun> Collect(ContainerInline? inline, TextStyle style)
    {
        var raw = new List<StyledRun>();
        if (inline is not null)
        {
            Walk(inline, style, raw);
        }

        return Normalize(raw);
    }

    /// <summary>The plain text of runs (line breaks as spaces), for bookmarks.</summary>
    public static string PlainText(IReadOnlyList<StyledRun> runs) =>
        string.Concat(runs.Select(r => r.Text)).Replace('\n', ' ').Trim();

    private static void Walk(Inline inline, TextStyle style, List<StyledRun> output)
    {
        switch (inline)
        {
            case LiteralInline literal:
                output.Add(new StyledRun(literal.Content.ToString(), style));
                break;
            case CodeInline code:
                output.Add(new StyledRun(code.Content, style with { Monospace = true, Size = style.Size * 0.92 }));
                break;
            case LineBreakInline lineBreak:
                output.Add(new StyledRun(lineBreak.IsHard ? "\n" : SoftBreak.ToString(), style));
                break;
            case HtmlEntityInline entity:
                output.Add(new StyledRun(entity.Transcoded.ToString(), style));
                break;
            case AutolinkInline autolink:
                output.Add(new StyledRun(autolink.Url, style with { Color = Typography.LinkColor }));
                break;
            case HtmlInline html:
                output.Add(new StyledRun(MarkdownParsing.IsLineBreakTag(html.Tag) ? "\n" : html.Tag, style));
                break;
            case EmphasisInline emphasis:
                var inner = emphasis.DelimiterChar is '*' or '_'
                    ? emphasis.DelimiterCount >= 2 ? style.WithBold() : style.WithItalic()
                    : style;
                WalkChildren(emphasis, inner, output);
                break;
            case LinkInline link:
                WalkChildren(link, link.IsImage ? style.WithItalic() : style with { Color = Typography.LinkColor }, output);
                break;
            case ContainerInline container:
                WalkChildren(container, style, output);
                break;
        }
    }

    private static void WalkChildren(ContainerInline container, TextStyle style, List<StyledRun> output)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Walk(child, style, output);
        }
    }

    private static List<StyledRun> Normalize(List<StyledRun> raw)
    {
        // Flatten to runes with their run index, so white space can collapse across runs.
        var runes = new List<(Rune Rune, int Run)>();
        for (var r = 0; r < raw.Count; r++)
        {
            foreach (var rune in raw[r].Text.EnumerateRunes())
            {
                runes.Add((rune, r));
            }
        }

        var result = new List<StyledRun>();
        var builder = new StringBuilder();
        var currentRun = -1;
        var lastEmitted = -1; // last code point emitted; -1 at start or after a hard break
        for (var i = 0; i < runes.Count; i++)
        {
            var (rune, run) = runes[i];
            var c = rune.Value;
            int emit;
            if (c == '\n')
            {
                emit = '\n';
            }
            else if (c == SoftBreak)
            {
                var next = NextVisible(runes, i + 1);
                emit = lastEmitted >= 0 && FontSet.IsWide(lastEmitted) && next >= 0 && FontSet.IsWide(next) ? -1 : ' ';
            }
            else if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                emit = ' ';
            }
            else if (IsInvisible(rune))
            {
                emit = -1;
            }
            else
            {
                emit = c;
            }

            if (emit == -1 || (emit == ' ' && (lastEmitted is -1 or ' ' or '\n') && !raw[run].Style.Monospace))
            {
                continue;
            }

            if (run != currentRun && builder.Length > 0)
            {
                result.Add(new StyledRun(builder.ToString(), raw[currentRun].Style));
                builder.Clear();
            }

            currentRun = run;
            builder.Append(char.ConvertFromUtf32(emit));
            lastEmitted = emit;
        }

        if (builder.Length > 0)
        {
            result.Add(new StyledRun(builder.ToString(), raw[currentRun].Style));
        }

        // Trailing spaces of the whole paragraph are not drawn.
        if (result.Count > 0 && result[^1].Text.EndsWith(' '))
        {
            var last = result[^1];
            var trimmed = last.Text.TrimEnd(' ');
            result[^1] = last with { Text = trimmed };
            if (trimmed.Length == 0)
            {
                result.RemoveAt(result.Count - 1);
            }
        }

        return result;
    }

    private static int NextVisible(List<(Rune Rune, int Run)> runes, int from)
    {
        for (var i = from; i < runes.Count; i++)
        {
            var c = runes[i].Rune.Value;
            if (c is not (' ' or '\t' or SoftBreak) && !IsInvisible(runes[i].Rune))
            {
                return c;
            }
        }

        return -1;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
        || rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0xAD;
}
