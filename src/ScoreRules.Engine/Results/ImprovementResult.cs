using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>A PDCA improvement item fired for one person.</summary>
/// <param name="Metric">The metric to improve.</param>
/// <param name="Plan">Plan text (rendered).</param>
/// <param name="Do">Do text (rendered).</param>
/// <param name="Owner">Who owns the Do step.</param>
/// <param name="Due">When the Do step is due (period end + within), or null.</param>
/// <param name="Check">The metric to check next period.</param>
/// <param name="Act">Act text (rendered).</param>
public sealed record ImprovementResult(string Metric, string? Plan, string? Do, string? Owner, DateOnly? Due, string? Check, string? Act);
