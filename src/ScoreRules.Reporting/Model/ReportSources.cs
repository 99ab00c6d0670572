using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Reporting.Model;

/// <summary>What reports of one period are built from.</summary>
/// <param name="Policy">The policy version in force for the period.</param>
/// <param name="Result">The period's result for everyone (team context and the cover need all people).</param>
/// <param name="History">Results of up to six earlier periods with the same data, oldest first; periods outside every policy version are left out.</param>
/// <param name="DataFiles">The data files used, with their SHA-256.</param>
/// <param name="RulesCommit">The git commit of the rules folder, or null.</param>
public sealed record ReportSources(PolicyModel Policy, EvaluationResult Result, IReadOnlyList<EvaluationResult> History,
    IReadOnlyList<DataFileHash> DataFiles, string? RulesCommit);
