namespace ScoreRules.Cli.Tests.Commands;

// These cases stop before the formatter runs (bad paths, unreadable or unparsable files), so they
// hold whatever the formatter's layout turns out to be.
public class FmtCommandTests
{
    [Fact]
    public void FileWithSyntaxErrorsIsReportedAndLeftAlone()
    {
        using var dir = new TempFolder();
        var file = dir.Write("policy.score", RuleTexts.MisspeltTarget);
        var before = File.ReadAllBytes(file);

        foreach (var flags in new[] { Array.Empty<string>(), ["--check"], ["--diff"] })
        {
            var run = CliRun.Of(["fmt", file, .. flags]);

            run.ExitCode.ShouldBe(1);
            run.Stderr.ShouldStartWith($"{file}:3:3: error SR1003: ");
            File.ReadAllBytes(file).ShouldBe(before);
        }
        Directory.GetFiles(dir.Path).ShouldBe([file]); // no temporary file left behind
    }

    [Fact]
    public void MissingPathExitsTwo()
    {
        using var dir = new TempFolder();
        var missing = Path.Combine(dir.Path, "nowhere.score");

        var run = CliRun.Of("fmt", missing, "--check");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {missing}: no such file or folder\n");
        run.Stdout.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fmt")]
    public void AFileThatIsNotAScoreFileIsRefusedWithExitTwo(string command)
    {
        using var dir = new TempFolder();
        var readme = dir.Write("README.md", "# Rules\n");
        var before = File.ReadAllBytes(readme);

        var run = CliRun.Of(command, readme);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {readme} is not a .score file\n");
        run.Stdout.ShouldBeEmpty();
        File.ReadAllBytes(readme).ShouldBe(before);
    }

    [Fact]
    public void FileThatIsNotUtf8ExitsTwoAndIsLeftAlone()
    {
        using var dir = new TempFolder();
        byte[] bytes = [0x6D, 0x65, 0xFF, 0x0A];
        var file = dir.WriteBytes("latin1.score", bytes);

        var run = CliRun.Of("fmt", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith($"error: {file}: cannot read this file: ");
        File.ReadAllBytes(file).ShouldBe(bytes);
    }

    [Fact]
    public void UnknownOptionExitsTwo()
    {
        using var dir = new TempFolder();
        var file = dir.Write("policy.score", RuleTexts.MisspeltTarget);

        var run = CliRun.Of("fmt", "--in-place", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("error: unknown option '--in-place'");
    }
}
