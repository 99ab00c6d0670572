using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Reporting;

/// <summary>Compares each policy folder's rule coverage with a minimum.</summary>
public static class CoverageThreshold
{
    /// <summary>
    /// One message per policy folder whose coverage (all its rule files together) is below
    /// <paramref name="percent"/>, e.g. <c>coverage of rules/bank-service-desk is 85.2 %, below the threshold of 90 %</c>;
    /// empty when every folder reaches it. Compared unrounded: 89.96 % is below 90 %.
    /// </summary>
    /// <param name="result">The run.</param>
    /// <param name="percent">The minimum, 0..100.</param>
    public static IReadOnlyList<string> Shortfalls(TestRunResult result, decimal percent) => result.Suites
        .Where(s => s.RuleProblems.Count == 0 && s.Coverage.Percent < percent)
        .Select(s => $"coverage of {s.Folder} is {Percent(s.Coverage.Percent)}, below the threshold of {TestValues.Number(percent)} %")
        .ToList();

    /// <summary>A percentage with one decimal, rounded half away from zero: 92.59 → "92.6 %", 100 → "100 %".</summary>
    public static string Percent(decimal percent) =>
        TestValues.Number(Math.Round(percent, 1, MidpointRounding.AwayFromZero)) + " %";
}
