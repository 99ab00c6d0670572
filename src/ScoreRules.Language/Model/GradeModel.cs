namespace ScoreRules.Language.Model;

/// <summary>One grade of a policy, best first: <c>A &gt;= 90 "卓越"</c>.</summary>
/// <param name="Name">The grade, e.g. A.</param>
/// <param name="Minimum">The lowest total in points that earns it, or null for the fallback (<c>else</c>) grade.</param>
/// <param name="Label">Its label, e.g. 卓越, or null.</param>
public sealed record GradeModel(string Name, decimal? Minimum, string? Label);
