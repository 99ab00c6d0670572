using ScoreRules.Cli.Tests.Evaluation;

namespace ScoreRules.Cli.Tests.Commands;

/// <summary>Plain messages for command-line mistakes: no .NET type names, one error per mistake.</summary>
public class CommandLineMessageTests
{
    [Fact]
    public void AThresholdThatIsNotANumberSaysSoPlainly()
    {
        using var dir = new TempFolder();
        var (rules, _) = EvalFixture.Write(dir);

        var run = CliRun.Of("test", rules, "--threshold", "abc");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe(
            "error: --threshold: 'abc' is not a number; give a percentage from 0 to 100, e.g. --threshold 90\n" +
            "Run 'scorerules test --help' to see what it accepts.\n");
    }

    [Fact]
    public void AnUnknownCommandIsOneError()
    {
        var run = CliRun.Of("bogus");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("error: Unrecognized command or argument 'bogus'.\nRun 'scorerules --help' to see what it accepts.\n");
    }

    [Fact]
    public void EvalOutIntoAFolderAsksForAFileName()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--out", data);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldEndWith($"error: {data} is a folder; give a file name\n");
    }

    [Fact]
    public void SampleOutOntoAFileAsksForAFolder()
    {
        using var dir = new TempFolder();
        var file = dir.Write("afile", "keep me\n");

        var run = CliRun.Of("sample", "--out", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: --out: {file} is a file; give a folder for the sample data (it is created when missing)\n");
        File.ReadAllText(file).ShouldBe("keep me\n");
    }
}
