using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Evaluation;

/// <summary>Turns a metric value into points 0..100 by a linear, bands or met score rule.</summary>
public static class ScoreFunctions
{
    /// <summary>
    /// Applies <paramref name="rule"/> to <paramref name="value"/>. A C# rule is not handled here (null is returned;
    /// the caller runs the compiled formula). Results are clamped to 0..100.
    /// </summary>
    /// <param name="rule">The score rule.</param>
    /// <param name="value">The metric value (ratios for percents).</param>
    /// <param name="target">The target, needed by <c>met</c>.</param>
    public static decimal? Score(ScoreRuleModel rule, decimal value, TargetModel? target) => rule switch
    {
        LinearScoreModel l => Clamp(Linear(l.Points, value)),
        BandsScoreModel b => Clamp(Bands(b.Bands, value)),
        MetScoreModel => target is null ? null : target.IsMet(value) ? 100m : 0m,
        _ => null,
    };

    /// <summary>
    /// Piecewise linear interpolation through points sorted by value; below the first point the first score,
    /// above the last the last score. Example: points (3.5 → 0), (4.5 → 100) and value 4.2 give 70.
    /// </summary>
    public static decimal Linear(IReadOnlyList<(decimal Value, decimal Score)> points, decimal value)
    {
        if (points.Count == 0) return 0m;
        if (value <= points[0].Value) return points[0].Score;
        for (var i = 1; i < points.Count; i++)
        {
            var (x1, y1) = points[i];
            if (value <= x1)
            {
                var (x0, y0) = points[i - 1];
                return x1 == x0 ? y1 : y0 + (value - x0) / (x1 - x0) * (y1 - y0);
            }
        }
        return points[^1].Score;
    }

    /// <summary>The score of the first band whose comparison holds (a band without operator is <c>else</c>); 0 when none holds.</summary>
    public static decimal Bands(IReadOnlyList<(CompareOp? Operator, decimal Bound, decimal Score)> bands, decimal value) =>
        BandIndex(bands, value) is var i and >= 0 ? bands[i].Score : 0m;

    /// <summary>
    /// The 0-based index of the band that scores <paramref name="value"/>: the first whose comparison holds
    /// (a band without operator is <c>else</c>), or -1 when none holds. With bands
    /// <c>&lt; 30 -> 100, &lt; 45 -> 80, else -> 0</c>, 47 gives 2. Rule coverage uses it to tell which bands tests reach.
    /// </summary>
    public static int BandIndex(IReadOnlyList<(CompareOp? Operator, decimal Bound, decimal Score)> bands, decimal value)
    {
        for (var i = 0; i < bands.Count; i++)
            if (bands[i].Operator is not { } op || op.Holds(value, bands[i].Bound)) return i;
        return -1;
    }

    private static decimal Clamp(decimal score) => Math.Clamp(score, 0m, 100m);
}
