namespace ScoreRules.Reporting.Model;

/// <summary>A PDCA improvement item fired for a person; empty texts are "".</summary>
/// <param name="Metric">The display name of the metric to improve.</param>
/// <param name="Plan">Plan text.</param>
/// <param name="DoStep">Do text (named so because <c>do</c> is a word of the template language).</param>
/// <param name="Owner">Who owns the Do step.</param>
/// <param name="Due">When the Do step is due, yyyy-MM-dd, or "".</param>
/// <param name="Check">The display name of the metric to check next period.</param>
/// <param name="Act">Act text.</param>
public sealed record ImprovementLine(string Metric, string Plan, string DoStep, string Owner, string Due, string Check, string Act);
