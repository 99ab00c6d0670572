using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// Lays out the rows of an inline test table as <c>| a | b |</c> with every column padded to the
/// widest cell of that column (by display width, so Chinese text lines up).
/// </summary>
internal static class TablePrinter
{
    /// <summary>One text per row, in order.</summary>
    public static IReadOnlyList<string> Rows(SyntaxList<TableRow> rows)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var widths = new int[columns];
        foreach (var row in rows)
            for (var i = 0; i < row.Cells.Count; i++)
                widths[i] = Math.Max(widths[i], DisplayWidth.Of(row.Cells[i].Text));

        return [.. rows.Select(row => Row(row, widths))];
    }

    private static string Row(TableRow row, int[] widths)
    {
        // A lone bar is a row without cells; "|  |" would read back as one empty cell.
        if (row.Cells.Count == 0) return "|";
        var cells = row.Cells.Select((cell, i) => DisplayWidth.PadRight(cell.Text, widths[i]));
        return "| " + string.Join(" | ", cells) + " |";
    }
}
