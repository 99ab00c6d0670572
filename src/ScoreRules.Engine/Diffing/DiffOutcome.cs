using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Diffing;

/// <summary>The outcome of <see cref="PolicyDiffRunner.Run"/>: a report, or why there is none.</summary>
/// <param name="Report">The report, or null when the rules have errors or an input is wrong.</param>
/// <param name="RuleErrors">Sides whose rules have errors (nothing is compared then).</param>
/// <param name="InputErrors">Problems with what was asked: unknown revision or version label, bad period,
/// missing folder, a period no version is in force for.</param>
/// <param name="DataDiagnostics">Problems in the data files, each once even when both versions read the file;
/// when one is an error there is no report.</param>
/// <param name="Warnings">Rule evaluation errors met while evaluating (e.g. a division by zero in a formula); the report still stands.</param>
public sealed record DiffOutcome(DiffReport? Report, IReadOnlyList<SideErrors> RuleErrors, IReadOnlyList<string> InputErrors,
    IReadOnlyList<DataDiagnostic> DataDiagnostics, IReadOnlyList<string> Warnings)
{
    /// <summary>True when the data has errors, so nothing could be evaluated.</summary>
    public bool HasDataErrors => DataDiagnostics.Any(d => d.IsError);
}
