namespace ScoreRules.Reporting.Layout;

/// <summary>
/// One table row: cells side by side, borders around every cell, the header row shaded. A row taller than a whole
/// page can be split between its lines.
/// </summary>
internal sealed class TableRowPiece : LayoutPiece
{
    private readonly double _x;
    private readonly IReadOnlyList<double> _widths;
    private readonly IReadOnlyList<TableCellLayout> _cells;
    private readonly double _lineHeight;
    private readonly double _baseline;

    /// <summary>Creates a row.</summary>
    /// <param name="x">Indent of the table from the content's left edge.</param>
    /// <param name="widths">Column widths in points, padding included.</param>
    /// <param name="cells">One cell per column (empty cells have no lines).</param>
    /// <param name="lineHeight">Line box height of cell text.</param>
    /// <param name="baseline">Distance from a line box's top to its baseline.</param>
    /// <param name="isHeader">True for the header row.</param>
    public TableRowPiece(double x, IReadOnlyList<double> widths, IReadOnlyList<TableCellLayout> cells, double lineHeight, double baseline, bool isHeader)
    {
        _x = x;
        _widths = widths;
        _cells = cells;
        _lineHeight = lineHeight;
        _baseline = baseline;
        IsHeader = isHeader;
        var lines = cells.Count == 0 ? 1 : Math.Max(1, cells.Max(c => c.Lines.Count));
        Height = lines * lineHeight + 2 * Typography.CellPadY;
    }

    /// <summary>True for the header row.</summary>
    public bool IsHeader { get; }

    /// <summary>The cells.</summary>
    public IReadOnlyList<TableCellLayout> Cells => _cells;

    /// <inheritdoc />
    public override double Height { get; }

    /// <summary>
    /// Splits the row so that its first part is at most <paramref name="height"/> points tall: every cell keeps the lines
    /// that fit and the rest go to a second row. Null when not even one line fits.
    /// </summary>
    public (TableRowPiece First, TableRowPiece Remainder)? Split(double height)
    {
        var lines = (int)Math.Floor((height - 2 * Typography.CellPadY) / _lineHeight);
        if (lines < 1 || _cells.All(c => c.Lines.Count <= lines))
        {
            return null;
        }

        TableRowPiece Part(Func<IReadOnlyList<TextLine>, IEnumerable<TextLine>> take) =>
            new(_x, _widths, _cells.Select(c => c with { Lines = take(c.Lines).ToList() }).ToList(), _lineHeight, _baseline, IsHeader)
            {
                RepeatHeader = RepeatHeader,
            };

        var first = Part(l => l.Take(lines));
        first.SpaceBefore = SpaceBefore;
        return (first, Part(l => l.Skip(lines)));
    }

    /// <inheritdoc />
    public override void Draw(IPageCanvas canvas, double left, double top)
    {
        var x = left + _x;
        var total = _widths.Sum();
        if (IsHeader)
        {
            canvas.FillRect(x, top, total, Height, Typography.TableHeaderBackground);
        }

        var cellLeft = x;
        for (var c = 0; c < _widths.Count; c++)
        {
            if (c < _cells.Count)
            {
                var cell = _cells[c];
                var inner = _widths[c] - 2 * Typography.CellPadX;
                var baseline = top + Typography.CellPadY + _baseline;
                foreach (var line in cell.Lines)
                {
                    var offset = cell.Alignment switch
                    {
                        CellAlignment.Right => inner - line.Width,
                        CellAlignment.Center => (inner - line.Width) / 2,
                        _ => 0,
                    };
                    foreach (var fragment in line.Fragments)
                    {
                        canvas.DrawText(fragment, cellLeft + Typography.CellPadX + offset + fragment.X, baseline);
                    }

                    baseline += _lineHeight;
                }
            }

            canvas.DrawLine(cellLeft, top, cellLeft, top + Height, Typography.TableBorder, 0.5);
            cellLeft += _widths[c];
        }

        canvas.DrawLine(cellLeft, top, cellLeft, top + Height, Typography.TableBorder, 0.5);
        canvas.DrawLine(x, top, x + total, top, Typography.TableBorder, IsHeader ? 0.8 : 0.5);
        canvas.DrawLine(x, top + Height, x + total, top + Height, Typography.TableBorder, IsHeader ? 0.8 : 0.5);
    }
}
