namespace ScoreRules.Testing.Running;

/// <summary>The outcome of one <c>test</c> block.</summary>
/// <param name="Title">The test's name as written after <c>test</c>.</param>
/// <param name="Location">Where the test is declared: <c>path:line:col</c>.</param>
/// <param name="Period">The period it evaluates, e.g. <c>2026-03</c>, or null when none was given.</param>
/// <param name="Version">The policy version used for the period, or null when none could be picked.</param>
/// <param name="Problems">Why the test could not run (data that failed to load, no version for the period, …); empty when it ran.</param>
/// <param name="Expectations">Each expectation's outcome in the order written; empty when the test could not run.</param>
public sealed record TestCaseResult(string Title, string Location, string? Period, string? Version,
    IReadOnlyList<TestProblem> Problems, IReadOnlyList<ExpectationResult> Expectations)
{
    /// <summary>True when the test ran and every expectation held.</summary>
    public bool Passed => Problems.Count == 0 && Expectations.All(e => e.Passed);

    /// <summary>The expectations that did not hold.</summary>
    public IEnumerable<ExpectationResult> Failures => Expectations.Where(e => !e.Passed);
}
