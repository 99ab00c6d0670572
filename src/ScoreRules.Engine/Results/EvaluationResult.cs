using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Results;

/// <summary>The result of evaluating one policy version for one period.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Version">The version label.</param>
/// <param name="ContentHash">SHA-256 of the rule files (identifies the rules exactly).</param>
/// <param name="Period">The period, e.g. 2026-03.</param>
/// <param name="People">One result per person, in the people source's order (else by id).</param>
/// <param name="Diagnostics">Data warnings and errors found while evaluating.</param>
/// <param name="Errors">Rule evaluation errors (with the rule's location), if any.</param>
public sealed record EvaluationResult(string Policy, string Version, string ContentHash, string Period,
    IReadOnlyList<PersonResult> People, IReadOnlyList<DataDiagnostic> Diagnostics, IReadOnlyList<string> Errors);
