using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Tests;

/// <summary>A measurer with round widths for hand-worked expectations: wide (CJK) characters are one em, others half an em.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Width(string text, TextStyle style) =>
        text.EnumerateRunes().Sum(r => FontSet.IsWide(r.Value) ? style.Size : style.Size / 2);
}
