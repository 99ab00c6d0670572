using PdfSharp.Drawing;
using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Pdf;

/// <summary>
/// The built-in chart renderer: bar, radar and line charts drawn as vectors, with text in the report's fonts.
/// Bar and line charts take the whole width offered; radar charts at most 380 points.
/// </summary>
internal sealed class VectorChartRenderer : IChartRenderer
{
    private readonly PdfTextEngine _text;

    public VectorChartRenderer(PdfTextEngine text) => _text = text;

    /// <inheritdoc />
    public XSize Measure(ChartSpec spec, double availableWidth)
    {
        var scene = ChartScene.Build(spec, ChartWidth(spec, availableWidth), _text);
        return new XSize(scene.Width, scene.Height);
    }

    /// <inheritdoc />
    public void Draw(XGraphics graphics, ChartSpec spec, XRect bounds) =>
        XGraphicsChartPainter.Paint(graphics, ChartScene.Build(spec, bounds.Width, _text), bounds.TopLeft, _text);

    private static double ChartWidth(ChartSpec spec, double available) =>
        spec.Kind == ChartKind.Radar ? Math.Min(available, 380) : available;
}
