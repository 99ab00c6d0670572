namespace ScoreRules.Reporting.Layout;

/// <summary>A thematic break: a thin horizontal rule across the content width.</summary>
internal sealed class RulePiece(double width) : LayoutPiece
{
    /// <inheritdoc />
    public override double Height => 12;

    /// <inheritdoc />
    public override void Draw(IPageCanvas canvas, double left, double top) =>
        canvas.DrawLine(left, top + 6, left + width, top + 6, 0xBBBBBB, 0.7);
}
