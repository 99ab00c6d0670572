using System.Runtime.CompilerServices;
namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// The aggregation functions of the language over the non-empty values of a metric's rows.
/// Every function returns null ("no data") when it has no values: never 0, never NaN.
/// </summary>
public static class Aggregations
{
    /// <summary>Arithmetic mean.</summary>
    public static decimal? Mean(IReadOnlyList<decimal> values) => values.Count == 0 ? null : values.Sum() / values.Count;

    /// <summary>Sum.</summary>
    public static decimal? Sum(IReadOnlyList<decimal> values) => values.Count == 0 ? null : values.Sum();

    /// <summary>Smallest value.</summary>
    public static decimal? Min(IReadOnlyList<decimal> values) => values.Count == 0 ? null : values.Min();

    /// <summary>Largest value.</summary>
    public static decimal? Max(IReadOnlyList<decimal> values) => values.Count == 0 ? null : values.Max();

    /// <summary>Median: the middle value, or the mean of the two middle values for an even count (= <see cref="Percentile"/> 50).</summary>
    public static decimal? Median(IReadOnlyList<decimal> values) => Percentile(values, 50);

    /// <summary>
    /// The <paramref name="p"/>-th percentile (0..100) by linear interpolation between closest ranks: sort the
    /// n values, take rank r = p/100 × (n − 1) (0-based) and interpolate between the values at ⌊r⌋ and ⌈r⌉.
    /// This is NumPy's default method ("linear") and Excel's PERCENTILE.INC. Example: p90 of 10, 20, 30, 50:
    /// r = 0.9 × 3 = 2.7 → 30 + 0.7 × (50 − 30) = 44.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside 0..100.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static decimal? Percentile(IReadOnlyList<decimal> values, decimal p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100m);
        if (values.Count == 0) return null;
        var sorted = new decimal[values.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = values[i];
        Array.Sort(sorted);
        var rank = p / 100m * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        var low = StableAt(values, sorted, lower);
        var high = upper == lower ? low : StableAt(values, sorted, upper);
        return low + (rank - lower) * (high - low);
    }

    /// <summary>
    /// The value a stable sort puts at <paramref name="position"/> of <paramref name="sorted"/>. Equal numbers can be
    /// written differently (2.0 and 2); Array.Sort may swap them, a stable sort keeps them in their first order, and the
    /// result shows the written form.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static decimal StableAt(IReadOnlyList<decimal> values, decimal[] sorted, int position)
    {
        var value = sorted[position];
        var runStart = position;
        while (runStart > 0 && sorted[runStart - 1] == value) runStart--;
        var skip = position - runStart;
        for (var i = 0; i < values.Count; i++)
            if (values[i] == value && skip-- == 0) return values[i];
        return value;
    }

    /// <summary>Share of true among the rows whose condition has a value: a ratio 0..1.</summary>
    public static decimal? Share(int trueCount, int answeredCount) => answeredCount == 0 ? null : (decimal)trueCount / answeredCount;

    /// <summary>Sum of the numerators divided by sum of the denominators; null when the denominator sum is 0.</summary>
    public static decimal? Ratio(decimal numerator, decimal denominator, int rows) => rows == 0 || denominator == 0 ? null : numerator / denominator;
}
