using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using ScoreRules.Cli.Output;
using ScoreRules.Testing.Reporting;
using ScoreRules.Testing.Running;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules test PATH... [--run REGEX] [--format text|junit|json] [--coverage] [--threshold N] [--out FILE]</c>:
/// runs the <c>test</c> blocks of every policy folder under the paths and reports every failure.
/// </summary>
internal static class TestCommand
{
    /// <summary>Builds the <c>test</c> command.</summary>
    public static Command Create()
    {
        var paths = RuleFileInputs.CreateArgument("Policy folders or rule files whose tests to run; folders are searched with all their subfolders.");
        var run = new Option<string?>("--run")
        {
            Description = "Run only the tests whose title matches this regular expression, e.g. --run \"tier 2\".",
        };
        var format = new Option<string>("--format")
        {
            Description = "How to report: text for people, junit for CI systems, json for scripts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "junit", "json");
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Also show which rules the tests exercised (scorecards, metrics, bands, bonus caps, improve rules, alerts).",
        };
        var threshold = new Option<decimal?>("--threshold")
        {
            Description = "Fail when a policy's rule coverage is below this percentage, e.g. --threshold 90.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (!decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var n))
                    result.AddError($"--threshold: '{text}' is not a number; give a percentage from 0 to 100, e.g. --threshold 90");
                else if (n < 0 || n > 100)
                    result.AddError("--threshold is a percentage from 0 to 100");
                else
                    return n;
                return null;
            },
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the report to this file instead of the screen; the line \"N passed, N failed\" is still shown.",
        };
        OutOption.RequireName(output, "a file name");

        var command = new Command("test", "Run the test blocks of policies and report each failed expectation with expected, actual, difference and place.")
        {
            paths, run, format, coverage, threshold, output,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(run),
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(coverage),
            parseResult.GetValue(threshold),
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the tests; 0 when all pass (and coverage reaches the threshold), 1 otherwise (also when --run matches no test), 2 on a usage error.</summary>
    private static int Run(IReadOnlyList<string> paths, string? pattern, string format, bool coverage, decimal? threshold,
        string? outFile, TextWriter stdout, TextWriter stderr)
    {
        Regex? filter = null;
        if (pattern is not null)
        {
            try
            {
                filter = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                stderr.Write($"error: --run \"{pattern}\" is not a regular expression: {e.Message}\n");
                return ExitCodes.UsageError;
            }
        }

        var result = PolicyTestRunner.Run(paths, new TestRunOptions { Filter = filter });
        foreach (var error in result.InputErrors) stderr.Write($"error: {error}\n");
        if (result.InputErrors.Count > 0) return ExitCodes.UsageError;

        var report = format switch
        {
            "junit" => JUnitTestReport.ToXml(result),
            "json" => JsonTestReport.ToJson(result),
            _ => Text(result, coverage),
        };
        if (outFile is null)
        {
            stdout.Write(report);
            // Keep a JUnit or JSON report on the screen parseable: the summary goes beside it.
            if (format != "text") stderr.Write($"{result.Passed} passed, {result.Failed} failed\n");
        }
        else
        {
            try
            {
                // A missing folder is created, as for a new report file; where a link leads is not created.
                var folder = Path.GetDirectoryName(Path.GetFullPath(outFile));
                if (folder is not null) Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.Write($"error: {outFile}: cannot write this file: {e.Message}\n");
                return ExitCodes.UsageError;
            }
            if (!AtomicFile.TryWrite(outFile, report, stderr)) return ExitCodes.UsageError;
            if (coverage && format != "text")
                foreach (var suite in result.Suites.Where(s => s.RuleProblems.Count == 0)) TextTestReport.WriteCoverage(suite, stdout);
            stdout.Write($"{result.Passed} passed, {result.Failed} failed\n");
        }

        var shortfalls = threshold is { } t ? CoverageThreshold.Shortfalls(result, t) : [];
        foreach (var shortfall in shortfalls) stderr.Write($"error: {shortfall}\n");
        var none = result.Tests.Any() == false && result.Failed == 0;
        if (none)
            stderr.Write($"warning: no tests{(filter is null ? "" : $" match --run \"{pattern}\"")} in {string.Join(", ", paths)}\n");
        // A --run that matches nothing is most likely mistyped: in CI it must not pass as "all green".
        var filteredAway = none && filter is not null;
        return result.Failed > 0 || shortfalls.Count > 0 || filteredAway ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private static string Text(TestRunResult result, bool coverage)
    {
        var writer = new StringWriter { NewLine = "\n" };
        TextTestReport.Write(result, writer, coverage);
        return writer.ToString();
    }
}
