namespace ScoreRules.Reporting.Layout;

/// <summary>
/// An unbreakable piece of the page flow (one text line, one table row, a chart, a rule), with the rules the
/// paginator follows: the gap above it (dropped at the top of a page), whether it must stay on the same page as the
/// piece after it, a forced page break, and the table header to repeat when it starts a page.
/// </summary>
internal abstract class LayoutPiece
{
    /// <summary>Height in points.</summary>
    public abstract double Height { get; }

    /// <summary>Gap above the piece in points; not applied at the top of a page.</summary>
    public double SpaceBefore { get; set; }

    /// <summary>The piece must not be the last on a page (headings, a paragraph's first line, table headers).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>The table header row drawn again above this row when the row starts a page, or null.</summary>
    public LayoutPiece? RepeatHeader { get; set; }

    /// <summary>The bookmark this piece starts, or null.</summary>
    public OutlineEntry? Outline { get; set; }

    /// <summary>Draws the piece with its top-left corner at (left, top); <paramref name="left"/> is the content's left edge.</summary>
    public abstract void Draw(IPageCanvas canvas, double left, double top);
}
