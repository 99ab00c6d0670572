using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>One metric of one person in one period.</summary>
/// <param name="Id">The metric id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Value">The value in the metric's unit (percents as ratios 0..1), or null when <paramref name="Status"/> is not Ok.</param>
/// <param name="Status">Whether there is a value.</param>
/// <param name="Unit">The unit as written, or null.</param>
/// <param name="Target">The target, or null.</param>
/// <param name="Met">Whether the target is met, or null without a target or value.</param>
/// <param name="Score">Points 0..100, or null without a value.</param>
/// <param name="Dimension">The scorecard dimension it belongs to, or null when it is only reported.</param>
/// <param name="Weight">The weight written in the scorecard (ratio 0..1), 0 when only reported.</param>
/// <param name="EffectiveWeight">The weight after reweighting for metrics without data (ratio 0..1).</param>
/// <param name="Contribution">Score × effective weight, in points of the total; null without a score.</param>
/// <param name="Trace">How the value was obtained.</param>
public sealed record MetricResult(string Id, string Name, decimal? Value, ValueStatus Status, string? Unit, TargetModel? Target,
    bool? Met, decimal? Score, string? Dimension, decimal Weight, decimal EffectiveWeight, decimal? Contribution, MetricTrace Trace);
