using ScoreRules.Language.Checking;

namespace ScoreRules.Engine.Diffing;

/// <summary>The rules of one side have errors, so that side cannot be compared.</summary>
/// <param name="Side">The side, e.g. <c>HEAD~1 (3f2a9c1)</c> or <c>working tree</c>.</param>
/// <param name="Check">The checker's result with the diagnostics to show.</param>
public sealed record SideErrors(string Side, CheckResult Check);
