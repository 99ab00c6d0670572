using ScoreRules.Cli;

namespace ScoreRules.Cli.Tests;

/// <summary>What one in-process run of the command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>scorerules ARGS</c> through <see cref="Program.Run"/>, capturing both streams.</summary>
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = Program.Run(args, stdout, stderr);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
