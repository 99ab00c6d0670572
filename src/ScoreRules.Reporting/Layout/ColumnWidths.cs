namespace ScoreRules.Reporting.Layout;

/// <summary>
/// Table column widths from content, as browsers do for automatic table layout: every column gets at least its
/// minimum content width (its widest unbreakable word) and the space left over is shared in proportion to how much
/// more each column would like (maximum minus minimum content width). When even the minimums do not fit, they are
/// scaled down and words break between characters. The table always spans the available width.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Widths for columns with the given minimum and maximum content widths (padding included).</summary>
    public static double[] Distribute(IReadOnlyList<(double Min, double Max)> columns, double available)
    {
        var n = columns.Count;
        var result = new double[n];
        if (n == 0)
        {
            return result;
        }

        var min = columns.Sum(c => c.Min);
        var max = columns.Sum(c => Math.Max(c.Max, c.Min));
        if (max <= available)
        {
            // Everything fits on one line: share the spare room in proportion to the natural widths.
            for (var i = 0; i < n; i++)
            {
                var natural = Math.Max(columns[i].Max, columns[i].Min);
                result[i] = max > 0 ? natural + (available - max) * natural / max : available / n;
            }
        }
        else if (min <= available)
        {
            var spare = available - min;
            for (var i = 0; i < n; i++)
            {
                var want = Math.Max(columns[i].Max, columns[i].Min) - columns[i].Min;
                result[i] = columns[i].Min + (max - min > 0 ? spare * want / (max - min) : 0);
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                result[i] = min > 0 ? columns[i].Min * available / min : available / n;
            }
        }

        return result;
    }
}
