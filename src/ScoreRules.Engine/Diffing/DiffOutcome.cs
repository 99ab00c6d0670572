namespace ScoreRules.Engine.Diffing;

/// <summary>The outcome of <see cref="PolicyDiffRunner.Run"/>: a report, or why there is none.</summary>
/// <param name="Report">The report, or null when the rules have errors or an input is wrong.</param>
/// <param name="RuleErrors">Sides whose rules have errors (nothing is compared then).</param>
/// <param name="InputErrors">Problems with what was asked or given: unknown revision or version label, bad
/// period, missing folder, data errors (rendered <c>file:row:col: error SDnnn: message</c>).</param>
/// <param name="Warnings">Data warnings and rule evaluation errors met while evaluating; the report still stands.</param>
public sealed record DiffOutcome(DiffReport? Report, IReadOnlyList<SideErrors> RuleErrors, IReadOnlyList<string> InputErrors,
    IReadOnlyList<string> Warnings);
