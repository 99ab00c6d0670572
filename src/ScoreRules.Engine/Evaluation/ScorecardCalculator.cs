using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Combines metric scores into dimension scores, the weighted total, bonus and grade.
/// <list type="bullet">
/// <item>Each metric contributes score × effective weight points; the total is the sum of contributions
/// plus the capped bonus points.</item>
/// <item><c>missing reweight</c>: metrics without data are left out and the weights of the others are
/// divided by their sum, so the effective weights again add up to 100 %; when no metric has data the
/// total is "no data" (never a division by zero). <c>missing zero</c>: a metric without data scores 0.
/// <c>missing fail</c>: the person gets an error naming the metrics without data.</item>
/// <item>A dimension's score is the weighted mean of its metrics with data (0..100), or no data.</item>
/// <item>Metrics with weight 0 are reported but never change the total.</item>
/// </list>
/// All arithmetic is decimal, so weights such as 12.5 % and 0.75 % count exactly.
/// </summary>
public static class ScorecardCalculator
{
    /// <summary>The outcome of <see cref="Compute"/>.</summary>
    /// <param name="Total">Weighted total plus bonus, or null (no data or error).</param>
    /// <param name="Dimensions">Dimension results in scorecard order.</param>
    /// <param name="EffectiveWeights">Per metric id, the weight after reweighting (ratio).</param>
    /// <param name="Contributions">Per metric id, the points contributed, or null without a score.</param>
    /// <param name="Error">Why no total could be given, or null.</param>
    public sealed record Outcome(decimal? Total, IReadOnlyList<DimensionResult> Dimensions,
        IReadOnlyDictionary<string, decimal> EffectiveWeights, IReadOnlyDictionary<string, decimal?> Contributions, string? Error);

    /// <summary>Computes the scorecard of one person.</summary>
    /// <param name="card">The scorecard.</param>
    /// <param name="scores">Score 0..100 per metric id, null for no data.</param>
    /// <param name="bonusPoints">Bonus points already capped per item.</param>
    /// <param name="titles">Display name per metric id (for messages).</param>
    public static Outcome Compute(ScorecardModel card, IReadOnlyDictionary<string, decimal?> scores, decimal bonusPoints,
        IReadOnlyDictionary<string, string>? titles = null)
    {
        var weights = card.Dimensions.SelectMany(d => d.Weights.Select(w => (Dimension: d, w.Metric, w.Weight))).ToList();
        decimal? ScoreOf(string metric) => scores.TryGetValue(metric, out var s) ? s : null;

        var missing = weights.Where(w => w.Weight > 0 && ScoreOf(w.Metric) is null).Select(w => w.Metric).ToList();
        if (card.Missing == MissingPolicy.Fail && missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => titles?.GetValueOrDefault(m) ?? m));
            return new Outcome(null, card.Dimensions.Select(d => new DimensionResult(d.Id, d.Title, null, d.Weights.Sum(w => w.Weight), null)).ToList(),
                weights.ToDictionary(w => w.Metric, w => w.Weight), weights.ToDictionary(w => w.Metric, _ => (decimal?)null),
                $"no data for {names}, and the scorecard says `missing fail`");
        }

        var counted = card.Missing == MissingPolicy.Zero
            ? weights.Where(w => w.Weight > 0).ToList()
            : weights.Where(w => w.Weight > 0 && ScoreOf(w.Metric) is not null).ToList();
        var countedWeight = counted.Sum(w => w.Weight);
        var totalWeight = weights.Sum(w => w.Weight);

        var effective = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var contributions = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var w in weights)
        {
            var isCounted = counted.Any(c => c.Metric == w.Metric);
            var eff = !isCounted || countedWeight == 0 ? 0m : card.Missing == MissingPolicy.Reweight ? w.Weight * totalWeight / countedWeight : w.Weight;
            effective[w.Metric] = eff;
            var score = ScoreOf(w.Metric) ?? (card.Missing == MissingPolicy.Zero && w.Weight > 0 ? 0m : null);
            contributions[w.Metric] = score is null ? null : score * eff;
        }

        var dimensions = card.Dimensions.Select(d =>
        {
            var withScore = d.Weights.Where(w => w.Weight > 0 && (ScoreOf(w.Metric) is not null || card.Missing == MissingPolicy.Zero)).ToList();
            var weightSum = withScore.Sum(w => w.Weight);
            decimal? score = weightSum == 0 ? null : withScore.Sum(w => (ScoreOf(w.Metric) ?? 0m) * w.Weight) / weightSum;
            var contribution = withScore.Count == 0 ? (decimal?)null : d.Weights.Sum(w => contributions[w.Metric] ?? 0m);
            return new DimensionResult(d.Id, d.Title, score, d.Weights.Sum(w => w.Weight), contribution);
        }).ToList();

        // One division at the end keeps the total exact (e.g. 56 / 0.7 = 80), where adding the
        // separately divided contributions would leave a remainder in the 28th digit.
        var weightedSum = counted.Sum(w => (ScoreOf(w.Metric) ?? 0m) * w.Weight);
        decimal? total = countedWeight == 0 ? null
            : (card.Missing == MissingPolicy.Reweight ? weightedSum * totalWeight / countedWeight : weightedSum) + bonusPoints;
        return new Outcome(total, dimensions, effective, contributions, null);
    }
}
