using PdfSharp.Drawing;

namespace ScoreRules.Reporting.Pdf;

/// <summary>Turns 0xRRGGBB colours into PDFsharp colours, pens and brushes.</summary>
internal static class PdfColors
{
    public static XColor Color(int rgb, double opacity = 1) =>
        XColor.FromArgb((int)Math.Round(Math.Clamp(opacity, 0, 1) * 255), (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);

    public static XSolidBrush Brush(int rgb, double opacity = 1) => new(Color(rgb, opacity));

    public static XPen Pen(int rgb, double width, bool dashed = false) =>
        new(Color(rgb), width) { DashStyle = dashed ? XDashStyle.Dash : XDashStyle.Solid };
}
