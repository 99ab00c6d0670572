using PdfSharp.Drawing;

namespace ScoreRules.Reporting.Charts;

/// <summary>
/// Draws the charts of <c>```chart</c> blocks into a PDF. The layout asks for the size first, keeps the chart
/// whole on one page, then asks it to draw into the rectangle it was given.
/// </summary>
public interface IChartRenderer
{
    /// <summary>The size the chart needs, in points, when it may be at most <paramref name="availableWidth"/> points wide.</summary>
    XSize Measure(ChartSpec spec, double availableWidth);

    /// <summary>Draws the chart into <paramref name="bounds"/> (points, y down from the page top).</summary>
    void Draw(XGraphics graphics, ChartSpec spec, XRect bounds);
}
