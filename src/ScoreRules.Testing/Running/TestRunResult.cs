namespace ScoreRules.Testing.Running;

/// <summary>The outcome of running the tests under some paths.</summary>
/// <param name="Suites">One per policy folder with a policy header, ordered by folder.</param>
/// <param name="InputErrors">Paths that are not there or hold no rule files; the run is a usage error when there are any.</param>
public sealed record TestRunResult(IReadOnlyList<PolicyTestSuite> Suites, IReadOnlyList<string> InputErrors)
{
    /// <summary>Tests that passed, all folders together.</summary>
    public int Passed => Suites.Sum(s => s.Passed);

    /// <summary>Tests that failed, all folders together (a folder whose rules have errors counts once).</summary>
    public int Failed => Suites.Sum(s => s.Failed);

    /// <summary>Every test of every folder, in report order.</summary>
    public IEnumerable<TestCaseResult> Tests => Suites.SelectMany(s => s.Tests);
}
