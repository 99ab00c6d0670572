using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Layout;

/// <summary>A chart, kept whole on one page.</summary>
internal sealed class ChartPiece(ChartSpec spec, double x, double width, double height) : LayoutPiece
{
    /// <summary>The chart.</summary>
    public ChartSpec Spec => spec;

    /// <inheritdoc />
    public override double Height => height;

    /// <inheritdoc />
    public override void Draw(IPageCanvas canvas, double left, double top) => canvas.DrawChart(spec, left + x, top, width, height);
}
