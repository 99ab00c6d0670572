namespace ScoreRules.Language.Model;

/// <summary>A PDCA improvement item that fires for a metric.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="When">The condition, or null for "the target was missed".</param>
/// <param name="Plan">The Plan text (a Scriban template).</param>
/// <param name="Do">The Do text (a Scriban template).</param>
/// <param name="WithinDays">Days after the period's end the Do step is due, or null.</param>
/// <param name="Owner">Who owns the Do step, or null.</param>
/// <param name="Check">The metric checked next period, or null.</param>
/// <param name="Act">The Act text (a Scriban template).</param>
/// <param name="Location">Where it is declared.</param>
public sealed record ImproveModel(string Metric, Expr? When, string? Plan, string? Do, decimal? WithinDays, string? Owner,
    string? Check, string? Act, RuleLocation Location);
