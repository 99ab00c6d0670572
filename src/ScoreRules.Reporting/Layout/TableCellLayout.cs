namespace ScoreRules.Reporting.Layout;

/// <summary>A laid-out table cell: its lines and how they are aligned in the column.</summary>
internal sealed record TableCellLayout(IReadOnlyList<TextLine> Lines, CellAlignment Alignment);

/// <summary>Horizontal alignment of a table column (from the <c>:---</c>, <c>:---:</c>, <c>---:</c> of the delimiter row).</summary>
internal enum CellAlignment
{
    /// <summary>Left (the default).</summary>
    Left,

    /// <summary>Centred.</summary>
    Center,

    /// <summary>Right (numbers).</summary>
    Right,
}
