using System.CommandLine;
using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules eval RULES --data DIR --period P [--person ID] [--format table|json|csv] [--out FILE]
/// [--warnaserror]</c>: evaluates a policy for a period and prints everyone's results.
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

        var command = new Command("eval", "Evaluate a policy for one period: every person's metrics, scores, total and grade.");
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
        if (EvaluationPipeline.Run(request, stderr, out var exitCode) is not { } run) return exitCode;

        var done = run.HasEvaluationErrors ? ExitCodes.Problems : ExitCodes.Ok;
        if (format == "table" && outFile is null && IsTerminal(stdout))
        {
            ResultTableWriter.Write(run, ResultTableWriter.TerminalConsole(stdout));
            return done;
        }

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
        if (outFile is null)
        {
            stdout.Write(text.ToString());
            return done;
        }
        // A byte-order mark lets Excel open a CSV file of Chinese text as UTF-8.
        return AtomicFile.TryWrite(outFile, text.ToString(), stderr, byteOrderMark: format == "csv") ? done : ExitCodes.UsageError;
    }

    /// <summary>True when <paramref name="stdout"/> is the process's console and not redirected to a file or pipe.</summary>
    public static bool IsTerminal(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
}
