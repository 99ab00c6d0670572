using System.CommandLine;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.CSharp;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Commands;

/// <summary><c>scorerules check PATH... [--format text|json|sarif] [--warnaserror]</c>: reports the problems in rule files.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the <c>check</c> command.</summary>
    public static Command Create()
    {
        var paths = RuleFileInputs.CreateArgument("Rule files (.score) or folders to check; folders are searched with all their subfolders.");
        var format = new Option<string>("--format")
        {
            Description = "How to show the problems: text for people, json for scripts, sarif for code-scanning tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings as errors, so that a warning also fails the check.",
        };

        var command = new Command("check", "Check rule files for mistakes and show each problem with its place in the file.")
        {
            paths, format, warnAsError,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(warnAsError),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Checks <paramref name="paths"/> and writes the report in <paramref name="format"/>. Returns 2 when
    /// a path is missing or a file cannot be read, 1 when there are errors, else 0.
    /// </summary>
    private static int Run(IReadOnlyList<string> paths, string format, bool warningsAsErrors, TextWriter stdout, TextWriter stderr)
    {
        if (RuleFileInputs.Find(paths, stderr) is null) return ExitCodes.UsageError;

        var result = PolicyChecker.Check(paths, new CheckOptions { WarningsAsErrors = warningsAsErrors });
        // C# formulas are checked whether or not they will be allowed to run: forbidden APIs (SR2024) and
        // code that does not compile (SR2026) are errors in the rule file either way.
        if (CSharpFormulaChecker.Check(result) is { Count: > 0 } csharp)
            result = result with { Diagnostics = DiagnosticBag.Sort(result.Diagnostics.Concat(csharp)) };
        switch (format)
        {
            case "json":
                JsonReportWriter.Write(result, stdout);
                break;
            case "sarif":
                SarifReportWriter.Write(result, stdout, CliVersion.Informational);
                break;
            default:
                TextReportWriter.Write(result, stdout, stderr);
                break;
        }
        if (format != "text")
            foreach (var unreadable in result.Diagnostics.Where(IsInputError))
                stderr.Write($"error: {unreadable.Message}\n");

        if (result.Diagnostics.Any(IsInputError)) return ExitCodes.UsageError;
        return result.HasErrors ? ExitCodes.Problems : ExitCodes.Ok;
    }

    // A file that could not be read is a problem with the input, not with the rules in it.
    private static bool IsInputError(Diagnostic diagnostic) =>
        diagnostic.Code == DiagnosticDescriptors.UnreadableFile.Code && diagnostic.Source is null;
}
