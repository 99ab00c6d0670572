using ScoreRules.Testing.Coverage;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Reporting;

/// <summary>
/// The report for people: one line per test (<c>PASS</c> or <c>FAIL</c>, where, title), every failure with
/// expected, actual, difference and place, optionally the rule coverage, and last the line
/// <c>N passed, N failed</c> (counting tests). Lines end with LF.
/// </summary>
public static class TextTestReport
{
    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="writer"/>.</summary>
    /// <param name="result">The run.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="coverage">True to add each folder's coverage and the rules no test exercised.</param>
    public static void Write(TestRunResult result, TextWriter writer, bool coverage = false)
    {
        foreach (var suite in result.Suites)
        {
            if (suite.RuleProblems.Count > 0)
            {
                writer.Write($"FAIL  {suite.Folder}: the rules have errors, so its tests cannot run\n");
                foreach (var problem in suite.RuleProblems) writer.Write(Indent(problem));
            }
            foreach (var test in suite.Tests)
            {
                writer.Write($"{(test.Passed ? "PASS" : "FAIL")}  {test.Location}  {test.Title}\n");
                if (!test.Passed)
                    foreach (var line in FailureText.Lines(test)) writer.Write($"  {line}\n");
            }
        }
        if (coverage)
            foreach (var suite in result.Suites.Where(s => s.RuleProblems.Count == 0)) WriteCoverage(suite, writer);
        writer.Write($"{result.Passed} passed, {result.Failed} failed\n");
    }

    /// <summary>Writes the coverage of one folder: its total, each file, then the rules no test exercised.</summary>
    public static void WriteCoverage(PolicyTestSuite suite, TextWriter writer)
    {
        var report = suite.Coverage;
        writer.Write($"coverage of {suite.Folder}: {report.Exercised} of {report.Total} rules exercised, {CoverageThreshold.Percent(report.Percent)}\n");
        var width = report.Files.Select(f => f.Path.Length).DefaultIfEmpty(0).Max();
        foreach (var file in report.Files)
            writer.Write($"  {file.Path.PadRight(width)}  {file.Exercised,3}/{file.Items.Count,-3}  {CoverageThreshold.Percent(file.Percent)}\n");
        var missed = report.Items.Where(i => !i.Exercised).ToList();
        if (missed.Count == 0) return;
        writer.Write("  not exercised:\n");
        foreach (var item in missed) writer.Write($"    {item.Location}  {Word(item.Kind)}  {item.Name}\n");
    }

    private static string Word(CoverageKind kind) => kind switch
    {
        CoverageKind.BonusCap => "bonus cap",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Indent(string text) =>
        string.Concat(text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => $"  {l}\n"));
}
