using PdfSharp.Drawing;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Pdf;

/// <summary>Draws laid-out pieces onto one PDF page.</summary>
internal sealed class PdfPageCanvas(XGraphics graphics, PdfTextEngine text, IChartRenderer charts) : IPageCanvas
{
    /// <inheritdoc />
    public void DrawText(TextFragment fragment, double x, double baseline) =>
        text.Draw(graphics, fragment.Text, fragment.Style, x, baseline);

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, int color, double width) =>
        graphics.DrawLine(PdfColors.Pen(color, width), x1, y1, x2, y2);

    /// <inheritdoc />
    public void FillRect(double x, double y, double width, double height, int color) =>
        graphics.DrawRectangle(PdfColors.Brush(color), x, y, width, height);

    /// <inheritdoc />
    public void DrawChart(ChartSpec spec, double x, double y, double width, double height) =>
        charts.Draw(graphics, spec, new XRect(x, y, width, height));
}
