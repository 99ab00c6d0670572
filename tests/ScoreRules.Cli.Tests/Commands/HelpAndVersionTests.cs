using System.Reflection;

namespace ScoreRules.Cli.Tests.Commands;

public class HelpAndVersionTests
{
    [Fact]
    public void VersionPrintsTheInformationalVersion()
    {
        var expected = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliRun.Of("--version");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe(expected + "\n");
        // Directory.Build.props sets <Version>0.1.0</Version>.
        run.Stdout.ShouldStartWith("0.1.0");
    }

    [Theory]
    [InlineData(new[] { "--help" }, new[] { "check", "fmt", "--version" })]
    [InlineData(new[] { "check", "--help" }, new[] { "<PATH>", "--format", "--warnaserror" })]
    [InlineData(new[] { "fmt", "--help" }, new[] { "<PATH>", "--check", "--diff" })]
    public void HelpListsEveryOption(string[] args, string[] mentioned)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(0);
        foreach (var word in mentioned)
            run.Stdout.ShouldContain(word);
        run.Stderr.ShouldBeEmpty();
    }
}
