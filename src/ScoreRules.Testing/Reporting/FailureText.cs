using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Reporting;

/// <summary>The lines that explain a failed test, shared by the text report, JUnit failures and xunit messages.</summary>
internal static class FailureText
{
    /// <summary>
    /// One block per problem or failed expectation, e.g.
    /// <code>
    /// rules/bank-service-desk/policy.score:301:3: expect bob.total ≈ 66 ± 0.01
    ///   expected:   66 ± 0.01
    ///   actual:     65.5
    ///   difference: -0.5
    /// </code>
    /// </summary>
    public static IEnumerable<string> Lines(TestCaseResult test)
    {
        foreach (var p in test.Problems) yield return p.ToString();
        foreach (var e in test.Failures)
        {
            yield return $"{e.Location}: expect {e.Text}";
            if (e.Message is not null) yield return $"  {e.Message}";
            if (e.Expected is not null) yield return $"  expected:   {e.Expected}";
            if (e.Actual is not null) yield return $"  actual:     {e.Actual}";
            if (e.Difference is not null) yield return $"  difference: {e.Difference}";
        }
    }

    /// <summary>A one-line summary: the first problem, or how many expectations failed.</summary>
    public static string Summary(TestCaseResult test)
    {
        if (test.Problems.Count > 0) return test.Problems[0].Message;
        var failed = test.Failures.Count();
        return $"{failed} of {test.Expectations.Count} expectation{(test.Expectations.Count == 1 ? "" : "s")} failed";
    }

    /// <summary>The whole explanation as text with LF line ends.</summary>
    public static string Of(TestCaseResult test) => string.Join("\n", Lines(test));
}
