using System.CommandLine;
using ScoreRules.Engine.Diffing;
using ScoreRules.Engine.Diffing.Output;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules diff RULES --from A [--to B] [--data DIR --period P] [--format text|markdown|json] [--fail-on grade-change] [--allow-csharp]</c>:
/// what changed between two versions of a policy and, with data, whom it affects. The work is done by
/// <see cref="PolicyDiffRunner"/>; this command reads the options and prints.
/// </summary>
internal static class DiffCommand
{
    /// <summary>Builds the <c>diff</c> command.</summary>
    public static Command Create()
    {
        var rules = new Argument<string>("RULES")
        {
            Description = "The policy folder to compare, e.g. rules/acme-helpdesk.",
        };
        var from = new Option<string>("--from")
        {
            Description = "The older side: a git revision (origin/main, HEAD~1, a tag) or version:LABEL for a version of the policy in the working tree.",
            HelpName = "A",
            Required = true,
        };
        var to = new Option<string?>("--to")
        {
            Description = "The newer side, written like --from; without it, the working tree.",
            HelpName = "B",
        };
        var data = new Option<string?>("--data")
        {
            Description = "Data folder: evaluate both sides on it and show each person's old and new total and grade.",
            HelpName = "DIR",
        };
        var period = new Option<string?>("--period")
        {
            Description = "The period to evaluate with --data, e.g. 2026-03.",
            HelpName = "P",
        };
        var format = new Option<string>("--format")
        {
            Description = "text for terminals, markdown for a pull-request comment, json for scripts.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "grade-change: exit with 1 when anyone's grade changes (needs --data and --period).",
        };
        failOn.AcceptOnlyFromAmong("grade-change");
        var allowCSharp = new Option<bool>("--allow-csharp")
        {
            Description = "With --data: run the policies' C# formulas (value csharp \"…\", score csharp \"…\"); without it, their metrics get the error status on both sides.",
        };

        var command = new Command("diff", "Show what changed between two versions of a policy and, with data, whose results it changes.")
        {
            rules, from, to, data, period, format, failOn, allowCSharp,
        };
        command.SetAction(parseResult => Run(
            new DiffRequest(parseResult.GetValue(rules)!, parseResult.GetValue(from)!, parseResult.GetValue(to),
                parseResult.GetValue(data), parseResult.GetValue(period)) { AllowCSharp = parseResult.GetValue(allowCSharp) },
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(failOn) is not null,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the comparison and prints it. Returns 2 for input errors, 1 for rule errors or a grade change with <paramref name="failOnGradeChange"/>, else 0.</summary>
    private static int Run(DiffRequest request, string format, bool failOnGradeChange, TextWriter stdout, TextWriter stderr)
    {
        if (failOnGradeChange && request.DataFolder is null)
        {
            stderr.Write("error: --fail-on grade-change needs --data and --period: grades come from evaluating both versions on a period's data\n");
            return ExitCodes.UsageError;
        }
        var outcome = PolicyDiffRunner.Run(request);
        foreach (var error in outcome.InputErrors)
            stderr.Write($"error: {error}\n");
        if (outcome.InputErrors.Count > 0) return ExitCodes.UsageError;
        foreach (var diagnostic in outcome.DataDiagnostics)
            stderr.Write(diagnostic + "\n");
        if (outcome.HasDataErrors) return ExitCodes.UsageError;
        foreach (var side in outcome.RuleErrors)
        {
            stderr.Write($"error: {side.Side}: the rules have errors, so the two sides cannot be compared:\n\n");
            stderr.Write(DiagnosticFormatter.RenderAll(side.Check.Diagnostics.Where(d => d.IsError)));
        }
        if (outcome.Report is not { } report) return ExitCodes.Problems;
        foreach (var warning in outcome.Warnings)
            stderr.Write($"warning: {warning}\n");

        switch (format)
        {
            case "json": DiffJsonWriter.Write(report, stdout); break;
            case "markdown": DiffMarkdownWriter.Write(report, stdout); break;
            default: DiffTextWriter.Write(report, stdout); break;
        }
        if (failOnGradeChange && report.AnyGradeChanged)
        {
            var count = report.Impact!.Summary.GradeChanges;
            stderr.Write($"error: {count} {(count == 1 ? "person's grade changes" : "people's grades change")}, and --fail-on grade-change is set\n");
            return ExitCodes.Problems;
        }
        return ExitCodes.Ok;
    }
}
