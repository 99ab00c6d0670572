using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>Everything computed for one person in one period.</summary>
/// <param name="Person">The person id.</param>
/// <param name="Name">The display name from the people source, or null.</param>
/// <param name="Role">The role from the people source, or null.</param>
/// <param name="Scorecard">The scorecard id that applied, or null when none applied.</param>
/// <param name="Total">Weighted total plus capped bonus, in points; null when no metric had data or on error.</param>
/// <param name="Grade">The grade of the total, or null.</param>
/// <param name="Bonus">Bonus points added (after caps).</param>
/// <param name="Dimensions">Dimension scores.</param>
/// <param name="Metrics">Metric results: the scorecard's first, then the rest of the policy's metrics.</param>
/// <param name="Rated">BARS ratings.</param>
/// <param name="Bonuses">Bonus items.</param>
/// <param name="Alerts">Alerts raised.</param>
/// <param name="Improvements">PDCA items fired.</param>
/// <param name="Error">Why the person could not be scored (e.g. <c>missing fail</c>), or null.</param>
public sealed record PersonResult(string Person, string? Name, string? Role, string? Scorecard, decimal? Total, string? Grade, decimal Bonus,
    IReadOnlyList<DimensionResult> Dimensions, IReadOnlyList<MetricResult> Metrics, IReadOnlyList<RatedResult> Rated,
    IReadOnlyList<BonusResult> Bonuses, IReadOnlyList<AlertResult> Alerts, IReadOnlyList<ImprovementResult> Improvements, string? Error);
