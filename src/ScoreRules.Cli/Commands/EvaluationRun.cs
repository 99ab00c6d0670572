using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Cli.Commands;

/// <summary>An evaluation that ran: the rules, the version used, its input and result.</summary>
/// <param name="Loaded">The checked policy folder.</param>
/// <param name="Policy">The version in force for the period.</param>
/// <param name="Input">The data and period evaluated.</param>
/// <param name="Result">The result (only the person asked for, when one was).</param>
/// <param name="DataDiagnostics">Data warnings from loading and from evaluating, in that order.</param>
/// <param name="DataWarningsNotListed">Data warnings found while loading but not in <paramref name="DataDiagnostics"/> (a file lists at most 1000).</param>
internal sealed record EvaluationRun(LoadedPolicy Loaded, PolicyModel Policy, EvaluationInput Input, EvaluationResult Result,
    IReadOnlyList<DataDiagnostic> DataDiagnostics, int DataWarningsNotListed = 0)
{
    /// <summary>Warnings in the rule files (there are no errors, or nothing would have been evaluated).</summary>
    public int RuleWarningCount => Loaded.Check.WarningCount;

    /// <summary>
    /// True when some result could not be computed: a rule failed while evaluating, or a person's
    /// scorecard says <c>missing fail</c> and a metric had no data.
    /// </summary>
    public bool HasEvaluationErrors => Result.Errors.Count > 0 || Result.People.Any(p => p.Error is not null);
}
