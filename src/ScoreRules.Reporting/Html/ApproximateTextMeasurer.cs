using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Html;

/// <summary>
/// Text widths for SVG charts, which the browser sets in its own fonts: a wide (CJK) character counts one em, a
/// space 0.3 em, anything else 0.62 em (bold 0.66 em), on the generous side of common sans-serif fonts so labels
/// keep their room.
/// </summary>
internal sealed class ApproximateTextMeasurer : ITextMeasurer
{
    /// <inheritdoc />
    public double Width(string text, TextStyle style)
    {
        var ems = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += FontSet.IsWide(rune.Value) ? 1.0 : rune.Value == ' ' ? 0.3 : style.Bold ? 0.66 : 0.62;
        }

        return ems * style.Size;
    }
}
