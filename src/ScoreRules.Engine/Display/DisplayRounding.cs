namespace ScoreRules.Engine.Display;

/// <summary>
/// Rounding of parts for display so that the rounded parts add up to the rounded whole, e.g. the
/// contributions of an appraisal (in points) to the total shown. Totals are always computed from
/// unrounded values; this only decides what each part is shown as.
/// </summary>
public static class DisplayRounding
{
    /// <summary>
    /// The largest-remainder (Hamilton) method: each value is first rounded down to a multiple of
    /// 10^-<paramref name="decimals"/>; the steps still missing to reach <paramref name="total"/> go, one
    /// each, to the values with the largest remainders (the earlier value first on a tie). When the
    /// rounded-down values already exceed the total, steps are taken back from the values with the
    /// smallest remainders (the later value first on a tie). Example with one decimal and total 100:
    /// 33.333, 33.333, 33.334 → 33.3, 33.3, 33.4.
    /// </summary>
    /// <param name="values">The parts, unrounded (any sign).</param>
    /// <param name="decimals">Decimal places shown (0 to 10).</param>
    /// <param name="total">
    /// The whole as shown, normally the exact sum of <paramref name="values"/> rounded half away from zero
    /// to <paramref name="decimals"/> places. A total that is not a multiple of 10^-<paramref name="decimals"/>
    /// is rounded that way first.
    /// </param>
    /// <returns>The rounded parts, in the order of <paramref name="values"/>; they add up to the rounded total.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static IReadOnlyList<decimal> LargestRemainder(IReadOnlyList<decimal> values, int decimals, decimal total)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        if (values.Count == 0) return [];

        var step = Step(decimals);
        var target = Math.Round(total, decimals, MidpointRounding.AwayFromZero);
        var floors = new decimal[values.Count];
        var remainders = new decimal[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            floors[i] = Math.Floor(values[i] / step) * step;
            remainders[i] = values[i] - floors[i];
        }

        var missing = (long)((target - floors.Sum()) / step);
        if (missing > 0)
        {
            var order = Enumerable.Range(0, values.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
            // More missing steps than values only happens when the total is not the sum of the parts;
            // the steps then go round the values again in the same order.
            for (long k = 0; k < missing; k++) floors[order[k % order.Length]] += step;
        }
        else if (missing < 0)
        {
            var order = Enumerable.Range(0, values.Count).OrderBy(i => remainders[i]).ThenByDescending(i => i).ToArray();
            for (long k = 0; k < -missing; k++) floors[order[k % order.Length]] -= step;
        }
        return floors;
    }

    private static decimal Step(int decimals)
    {
        var step = 1m;
        for (var i = 0; i < decimals; i++) step /= 10m;
        return step;
    }
}
