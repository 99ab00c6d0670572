using ScoreRules.Testing.Coverage;

namespace ScoreRules.Testing.Running;

/// <summary>The tests of one policy folder and the rule coverage they reached.</summary>
/// <param name="Folder">The policy folder as the user named it, e.g. <c>rules/bank-service-desk</c>.</param>
/// <param name="Policy">The policy's name from its header, or "" when its rules have errors.</param>
/// <param name="RuleProblems">Errors in the folder's rules (rendered diagnostics); when there are any, no test runs.</param>
/// <param name="Tests">Each test's outcome, by file and line.</param>
/// <param name="Coverage">Which rules the tests exercised.</param>
public sealed record PolicyTestSuite(string Folder, string Policy, IReadOnlyList<string> RuleProblems,
    IReadOnlyList<TestCaseResult> Tests, CoverageReport Coverage)
{
    /// <summary>Tests that passed.</summary>
    public int Passed => Tests.Count(t => t.Passed);

    /// <summary>Tests that failed, plus one when the rules have errors (so a broken folder is never green).</summary>
    public int Failed => Tests.Count(t => !t.Passed) + (RuleProblems.Count > 0 ? 1 : 0);
}
