using PdfSharp.Drawing;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Charts;

/// <summary>A laid-out chart: its size and the primitives to draw, shared by the PDF and SVG painters.</summary>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
/// <param name="Shapes">Primitives in drawing order.</param>
internal sealed record ChartScene(double Width, double Height, IReadOnlyList<ChartShape> Shapes)
{
    /// <summary>The labels of the chart.</summary>
    public IEnumerable<ChartText> Texts => Shapes.OfType<ChartText>();

    /// <summary>The bars of the chart.</summary>
    public IEnumerable<ChartRect> Bars => Shapes.OfType<ChartRect>();

    /// <summary>Lays out a chart at most <paramref name="width"/> points wide.</summary>
    public static ChartScene Build(ChartSpec spec, double width, ITextMeasurer measurer) => spec.Kind switch
    {
        ChartKind.Bar => new CartesianChartBuilder(spec, width, measurer).Build(),
        ChartKind.Line => new CartesianChartBuilder(spec, width, measurer).Build(),
        _ => new RadarChartBuilder(spec, width, measurer).Build(),
    };
}
