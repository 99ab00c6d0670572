namespace ScoreRules.Engine.Sampling;

/// <summary>
/// A value a row must hold for a rule to count it: <c>kind == "innovation"</c> gives (kind, "innovation"),
/// a bare <c>approved</c> gives (approved, true), <c>not escalated</c> gives (escalated, false).
/// </summary>
/// <param name="Field">The source field named in the rule.</param>
/// <param name="Value">The value: a string, a decimal or a bool.</param>
internal sealed record FieldRequirement(string Field, object Value);
