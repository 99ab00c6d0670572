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

    [Theory]
    [InlineData("eval", "file")]
    [InlineData("report", "folder")]
    [InlineData("sample", "folder")]
    [InlineData("test", "file")]
    public void AnEmptyOutAsksForAName(string command, string what)
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        string[] args = command switch
        {
            "eval" or "report" => [command, rules, "--data", data, "--period", "2026-03", "--out", ""],
            "sample" => [command, "--out", ""],
            _ => [command, rules, "--out", ""],
        };

        var before = Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: --out needs a {what} name\nRun 'scorerules {command} --help' to see what it accepts.\n");
        run.Stdout.ShouldBeEmpty();
        // Nothing was written: the fixture's folder is as it was, and no report folder appeared in the working folder.
        Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ShouldBe(before);
        Directory.Exists("2026-03").ShouldBeFalse();
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

    [Theory]
    // The bounds: --seed is any unsigned 64-bit number (2^64 - 1 = 18446744073709551615); the others are SampleOptions' limits.
    [InlineData("--seed", "-5", "--seed must be a whole number from 0 to 18446744073709551615, not -5")]
    [InlineData("--seed", "18446744073709551616", "--seed must be a whole number from 0 to 18446744073709551615, not 18446744073709551616")]
    [InlineData("--people", "1.5", "--people must be a whole number from 1 to 5000, not 1.5")]
    [InlineData("--people", "0", "--people must be a whole number from 1 to 5000, not 0")]
    [InlineData("--months", "x", "--months must be a whole number from 1 to 120, not x")]
    [InlineData("--tickets", "-1", "--tickets must be a whole number from 0 to 1000000, not -1")]
    public void ASampleNumberThatIsNotAWholeNumberInRangeSaysWhatIsAccepted(string option, string value, string message)
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "out");

        var run = CliRun.Of("sample", "--out", output, option, value);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {message}\nRun 'scorerules sample --help' to see what it accepts.\n");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void SampleNumbersWithinTheirBoundsAreAccepted()
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "out");

        var run = CliRun.Of("sample", "--out", output, "--people", "1", "--tickets", "0", "--months", "1", "--seed", "18446744073709551615");

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.Exists(Path.Combine(output, "people.csv")).ShouldBeTrue();
    }

    [Fact]
    public void AnOptionGivenTwiceNamesBothValues()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "yaml", "--format", "csv");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("error: --format was given 2 times (yaml, csv); give it once\nRun 'scorerules eval --help' to see what it accepts.\n");
    }

    [Fact]
    public void ReportOutOntoAFileAsksForAFolder()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var file = dir.Write("afile", "keep me\n");

        var run = CliRun.Of("report", rules, "--data", data, "--period", "2026-03", "--out", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: --out must be a folder; {file} is a file\n");
        File.ReadAllText(file).ShouldBe("keep me\n");
    }

    [Fact]
    public void ReportPeriodFolderThatIsAFileIsNamed()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var output = Path.Combine(dir.Path, "out");
        var file = dir.Write("out/2026-03", "keep me\n");

        var run = CliRun.Of("report", rules, "--data", data, "--period", "2026-03", "--out", output, "--format", "md");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldEndWith($"error: {file} is a file; the reports of 2026-03 go to a folder of that name, so move or rename the file\n");
        File.ReadAllText(file).ShouldBe("keep me\n");
    }
}
