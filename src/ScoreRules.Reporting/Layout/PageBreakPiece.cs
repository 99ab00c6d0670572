namespace ScoreRules.Reporting.Layout;

/// <summary>A forced page break (<c>&lt;!-- pagebreak --&gt;</c>); takes no room.</summary>
internal sealed class PageBreakPiece : LayoutPiece
{
    /// <inheritdoc />
    public override double Height => 0;

    /// <inheritdoc />
    public override void Draw(IPageCanvas canvas, double left, double top)
    {
    }
}
