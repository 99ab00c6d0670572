namespace ScoreRules.Cli.Tests.Output;

/// <summary>
/// Tests that send Ctrl-C or a kill to the test process itself. They run alone: a report test running at the same time
/// would have its own files discarded by the signal.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SignalCollection
{
    public const string Name = "signals to the test process";
}
