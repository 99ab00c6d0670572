using System.CommandLine;
using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules explain RULES --data DIR --period P --person ID [--warnaserror]</c>: shows how every
/// number of one person's result was obtained, in words, with the rule behind it.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Builds the <c>explain</c> command.</summary>
    public static Command Create()
    {
        var options = new EvaluationOptions(personRequired: true, "The person to explain (the id in the data, e.g. the employee id).");
        var command = new Command("explain", "Explain one person's result: each metric, dimension, rating, bonus, the total and grade, with the rules behind them.");
        options.AddTo(command);
        command.SetAction(parseResult => Run(
            options.Read(parseResult),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Evaluates the person and writes the explanation to <paramref name="stdout"/>. Exit codes as for
    /// <c>eval</c>: 0, 1 when the rules have errors or the result could not be computed, 2 on bad input
    /// (including a person who is not in the data).
    /// </summary>
    private static int Run(EvaluationRequest request, TextWriter stdout, TextWriter stderr)
    {
        if (EvaluationPipeline.Run(request, stderr, out var exitCode) is not { } run) return exitCode;
        var person = run.Result.People.Single();
        ExplainWriter.Write(run, person, stdout);
        return run.HasEvaluationErrors ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
