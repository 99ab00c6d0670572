using System.CommandLine;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Periods;
using Spectre.Console;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules eval RULES --data DIR --period P [--person ID] [--format table|json|csv] [--out FILE]
/// [--warnaserror]</c>: evaluates a policy for a period and prints everyone's results. <c>--period FIRST..LAST</c>
/// evaluates every period of the range, reading the data once.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Builds the <c>eval</c> command.</summary>
    public static Command Create()
    {
        var options = new EvaluationOptions(personRequired: false, "Evaluate only this person (the id in the data, e.g. the employee id).");
        var format = new Option<string>("--format")
        {
            Description = "table for people, json or csv for BI tools and scripts.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var output = new Option<string?>("--out")
        {
            Description = "Write the results to this file instead of the screen (the file is replaced in one step, never half-written).",
            HelpName = "FILE",
        };
        OutOption.RequireName(output, "a file name");

        var command = new Command("eval", "Evaluate a policy for one period, or each period of a range: every person's metrics, scores, total and grade.");
        options.Period.Description = "The appraisal period: a month 2026-03, a quarter 2026-Q1, an ISO week 2026-W09 or a year 2026; "
            + "or a range of periods of the policy's kind, both ends included, e.g. 2016-02..2016-06.";
        options.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(
            options.Read(parseResult),
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(output),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Evaluates and writes the results in <paramref name="format"/> to <paramref name="outFile"/> or
    /// <paramref name="stdout"/>. Returns 0 when everyone was evaluated (data warnings allowed), 1 when
    /// the rules have errors or a result could not be computed (the results are still written), 2 on a
    /// wrong command line, a missing or bad input, or a file that cannot be written.
    /// </summary>
    private static int Run(EvaluationRequest request, string format, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        if (AppraisalPeriodRange.IsRange(request.Period))
            return RunRange(request, format, outFile, stdout, stderr);
        if (EvaluationPipeline.Run(request, stderr, out var exitCode) is not { } run) return exitCode;

        var done = run.HasEvaluationErrors ? ExitCodes.Problems : ExitCodes.Ok;
        if (format == "table" && outFile is null && IsTerminal(stdout))
        {
            ResultTableWriter.Write(run, ResultTableWriter.TerminalConsole(stdout));
            return done;
        }
        // JSON for a file is written as it is made: a large result is then never held in memory as text.
        if (format == "json" && outFile is not null)
            return AtomicFile.TryWrite(outFile, stream => ResultJsonWriter.Write(run, stream), stderr) ? done : ExitCodes.UsageError;

        var text = new StringWriter { NewLine = "\n" };
        switch (format)
        {
            case "json":
                ResultJsonWriter.Write(run, text);
                break;
            case "csv":
                ResultCsvWriter.Write(run, text);
                break;
            default:
                ResultTableWriter.Write(run, ResultTableWriter.PlainConsole(text));
                break;
        }
        return Deliver(text, format, outFile, stdout, stderr, done);
    }

    /// <summary>
    /// <c>--period FIRST..LAST</c>: evaluates every period of the range (see <see cref="EvaluationPipeline.RunRange"/>) and
    /// writes one table per period, a JSON object <c>{ "periods": [ … ] }</c>, or CSV rows with a <c>period</c> column.
    /// Exit codes as for one period; 1 when a result of any period could not be computed.
    /// </summary>
    private static int RunRange(EvaluationRequest request, string format, string? outFile, TextWriter stdout, TextWriter stderr)
    {
        if (!AppraisalPeriodRange.TryParse(request.Period, out var range, out var rangeError))
        {
            stderr.Write($"error: --period: {rangeError}\n");
            return ExitCodes.UsageError;
        }
        if (EvaluationPipeline.RunRange(request, range, stderr, out var exitCode) is not { } runs) return exitCode;

        var done = runs.Any(r => r.HasEvaluationErrors) ? ExitCodes.Problems : ExitCodes.Ok;
        if (format == "table" && outFile is null && IsTerminal(stdout))
        {
            var console = ResultTableWriter.TerminalConsole(stdout);
            for (var i = 0; i < runs.Count; i++)
            {
                if (i > 0) console.WriteLine();
                ResultTableWriter.Write(runs[i], console);
            }
            return done;
        }
        if (format == "json" && outFile is not null)
            return AtomicFile.TryWrite(outFile, stream => ResultJsonWriter.WriteRange(runs, stream), stderr) ? done : ExitCodes.UsageError;

        var text = new StringWriter { NewLine = "\n" };
        switch (format)
        {
            case "json":
                ResultJsonWriter.WriteRange(runs, text);
                break;
            case "csv":
                ResultCsvWriter.WriteRange(runs, text);
                break;
            default:
                var plain = ResultTableWriter.PlainConsole(text);
                for (var i = 0; i < runs.Count; i++)
                {
                    if (i > 0) text.Write("\n");
                    ResultTableWriter.Write(runs[i], plain);
                }
                break;
        }
        return Deliver(text, format, outFile, stdout, stderr, done);
    }

    private static int Deliver(StringWriter text, string format, string? outFile, TextWriter stdout, TextWriter stderr, int done)
    {
        if (outFile is null)
        {
            foreach (var chunk in text.GetStringBuilder().GetChunks()) stdout.Write(chunk.Span);
            return done;
        }
        // A byte-order mark lets Excel open a CSV file of Chinese text as UTF-8.
        return AtomicFile.TryWrite(outFile, text, stderr, byteOrderMark: format == "csv") ? done : ExitCodes.UsageError;
    }

    /// <summary>True when <paramref name="stdout"/> is the process's console and not redirected to a file or pipe.</summary>
    public static bool IsTerminal(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
}
