namespace ScoreRules.Reporting.Model;

/// <summary>How many people of a packet got one grade.</summary>
/// <param name="Grade">The grade, e.g. A.</param>
/// <param name="Label">Its label in the policy, or "".</param>
/// <param name="Count">People with this grade.</param>
/// <param name="Share">Their share of the people with a grade, as a whole percent (largest remainder, so the shares add up to 100 %).</param>
public sealed record GradeCount(string Grade, string Label, int Count, string Share);
