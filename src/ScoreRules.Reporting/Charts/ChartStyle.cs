using System.Globalization;
using PdfSharp.Drawing;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Charts;

/// <summary>Colours, sizes and helpers shared by the chart builders.</summary>
internal static class ChartStyle
{
    public const int Series = 0x3E6FB0;
    public const int TargetColor = 0xC0392B;
    public const int Grid = 0xDDDDDD;
    public const int Axis = 0x777777;
    public const int Text = 0x333333;
    public const double LabelSize = 8;
    public const double MinLabelSize = 6;

    /// <summary>Height of a text line relative to the font size.</summary>
    public const double LineFactor = 1.2;

    /// <summary>Distance from a line's top to its baseline relative to the font size.</summary>
    public const double AscentFactor = 0.9;

    public static TextStyle Style(double size, bool bold = false, int color = Text) => new(size, bold, Color: color);

    /// <summary>A horizontal label whose baseline starts at (x, baseline).</summary>
    public static ChartText Horizontal(string text, double x, double baseline, TextStyle style, ITextMeasurer measurer)
    {
        var width = measurer.Width(text, style);
        var top = baseline - style.Size * AscentFactor;
        return new ChartText(text, new XPoint(x, baseline), style, width, false, new XRect(x, top, width, style.Size * LineFactor));
    }

    /// <summary>A horizontal label centred on x.</summary>
    public static ChartText Centered(string text, double centerX, double baseline, TextStyle style, ITextMeasurer measurer)
    {
        var width = measurer.Width(text, style);
        return Horizontal(text, centerX - width / 2, baseline, style, measurer);
    }

    /// <summary>A label turned a quarter left whose end sits at (centerX, top) and which reads upwards.</summary>
    public static ChartText VerticalHanging(string text, double centerX, double top, TextStyle style, ITextMeasurer measurer)
    {
        var width = measurer.Width(text, style);
        var thickness = style.Size * LineFactor;
        var baselineX = centerX + thickness / 2 - (thickness - style.Size * AscentFactor);
        var origin = new XPoint(baselineX, top + width);
        return new ChartText(text, origin, style, width, true, new XRect(centerX - thickness / 2, top, thickness, width));
    }

    public static string Format(double value, string unit) =>
        value.ToString(Math.Abs(value - Math.Round(value)) < 1e-9 ? "0" : "0.##", CultureInfo.InvariantCulture) + unit;

    /// <summary>A "nice" axis step (1, 2, 2.5 or 5 times a power of ten) giving about <paramref name="ticks"/> ticks.</summary>
    public static double NiceStep(double range, int ticks)
    {
        var raw = range / ticks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (m * power >= raw - 1e-12)
            {
                return m * power;
            }
        }

        return 10 * power;
    }

    /// <summary>The axis top: the given max, else the largest value or target rounded up to a step.</summary>
    public static (double Max, double Step) AxisRange(ChartSpec spec)
    {
        var values = spec.Points.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).ToList();
        if (spec.Target is { } t)
        {
            values.Add(t);
        }

        if (spec.Max is { } max)
        {
            return (max, NiceStep(max - spec.Min, 5));
        }

        var top = values.Count == 0 ? spec.Min + 1 : Math.Max(values.Max(), spec.Min + 1e-9);
        if (top <= 100 && top > 50 && spec.Min == 0)
        {
            return (100, 20);
        }

        var step = NiceStep(top - spec.Min, 5);
        return (spec.Min + Math.Ceiling((top - spec.Min) / step - 1e-9) * step, step);
    }

    /// <summary>Cuts a label to fit <paramref name="maxWidth"/>, ending with an ellipsis.</summary>
    public static string Ellipsize(string text, double maxWidth, TextStyle style, ITextMeasurer measurer)
    {
        if (measurer.Width(text, style) <= maxWidth)
        {
            return text;
        }

        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        var parts = new List<string>();
        while (elements.MoveNext())
        {
            parts.Add(elements.GetTextElement());
        }

        for (var n = parts.Count - 1; n > 0; n--)
        {
            var candidate = string.Concat(parts.Take(n)) + "…";
            if (measurer.Width(candidate, style) <= maxWidth)
            {
                return candidate;
            }
        }

        return "…";
    }
}
