using System.CommandLine;
using System.CommandLine.Invocation;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// What <c>--version</c> does: prints <see cref="CliVersion.Informational"/>. It replaces the built-in
/// action, which reads the version of the process's entry assembly and so prints the test host's
/// version when the command runs in-process.
/// </summary>
internal sealed class PrintVersionAction : SynchronousCommandLineAction
{
    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.Write(CliVersion.Informational + "\n");
        return ExitCodes.Ok;
    }
}
