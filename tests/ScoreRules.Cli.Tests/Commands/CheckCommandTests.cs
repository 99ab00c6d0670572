namespace ScoreRules.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public void CleanFileExitsZeroAndSaysNoProblems()
    {
        using var dir = new TempFolder();
        var file = dir.Write("clean.score", RuleTexts.Clean);

        var run = CliRun.Of("check", file);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe("no problems in 1 file\n");
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void FolderIsSearchedWithItsSubfolders()
    {
        using var dir = new TempFolder();
        dir.Write("a.score", RuleTexts.Clean);
        dir.Write(Path.Combine("sub", "b.score"), RuleTexts.Clean.Replace("csat \"CSAT\"", "ces \"CES\""));
        dir.Write("notes.txt", "not a rule file");

        var run = CliRun.Of("check", dir.Path);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe("no problems in 2 files\n");
    }

    [Fact]
    public void SyntaxErrorExitsOneAndIsRenderedWithItsPlace()
    {
        using var dir = new TempFolder();
        var file = dir.Write("policy.score", RuleTexts.MisspeltTarget);

        var run = CliRun.Of("check", file);

        run.ExitCode.ShouldBe(1);
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldStartWith($"{file}:3:3: error SR1003: ");
        // The renderer indents the source line by four spaces and puts a caret under each of the six letters.
        lines[1].ShouldBe("      targte >= 4.5");
        lines[2].ShouldBe("      ^~~~~~");
        lines[3].ShouldBe("    hint: did you mean `target`?");
        lines[4].ShouldBe("");
        lines[5].ShouldBe("1 error in 1 file");
        lines.Length.ShouldBe(7); // the summary ends with a newline
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void SummaryCountsErrorsAcrossFiles()
    {
        using var dir = new TempFolder();
        dir.Write("a.score", RuleTexts.TwoErrors);
        dir.Write("b.score", RuleTexts.MisspeltTarget);
        dir.Write("c.score", RuleTexts.Clean.Replace("csat \"CSAT\"", "ces \"CES\""));

        var run = CliRun.Of("check", dir.Path);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldEndWith("\n\n3 errors in 3 files\n");
        // Diagnostics come sorted by path, then position: a.score 2:3, a.score 6:3, b.score 3:3.
        var headers = run.Stdout.Split('\n').Where(l => l.Contains(": error SR")).ToList();
        headers.Count.ShouldBe(3);
        headers[0].ShouldStartWith(Path.Combine(dir.Path, "a.score") + ":2:3: error SR1003: ");
        headers[1].ShouldStartWith(Path.Combine(dir.Path, "a.score") + ":6:3: error SR1003: ");
        headers[2].ShouldStartWith(Path.Combine(dir.Path, "b.score") + ":3:3: error SR1003: ");
    }

    [Fact]
    public void ChineseFileNamesAndTextComeThroughUnchanged()
    {
        using var dir = new TempFolder();
        // `說明` is not a metric setting. It starts line 2 at column 3; each of its two characters is
        // two terminal cells wide, so the caret line is `^` and three `~`.
        var file = dir.Write("考核.score", "metric csat \"客戶滿意度\" {\n  說明 \"x\"\n}\n");

        var run = CliRun.Of("check", file);

        run.ExitCode.ShouldBe(1);
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldStartWith($"{file}:2:3: error SR1003: ");
        lines[1].ShouldBe("      說明 \"x\"");
        lines[2].ShouldBe("      ^~~~");
    }

    [Fact]
    public void MissingPathExitsTwoWithErrorOnStderr()
    {
        using var dir = new TempFolder();
        var missing = Path.Combine(dir.Path, "nowhere");

        var run = CliRun.Of("check", missing);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {missing}: no such file or folder\n");
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void OneMissingPathAmongGoodOnesStillExitsTwo()
    {
        using var dir = new TempFolder();
        var file = dir.Write("clean.score", RuleTexts.Clean);
        var missing = Path.Combine(dir.Path, "gone.score");

        var run = CliRun.Of("check", file, missing);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {missing}: no such file or folder\n");
    }

    [Fact]
    public void FolderWithoutRuleFilesExitsTwo()
    {
        using var dir = new TempFolder();
        dir.Write("readme.txt", "nothing here");

        var run = CliRun.Of("check", dir.Path);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: no .score files in {dir.Path}\n");
    }

    [Fact]
    public void FileThatIsNotUtf8ExitsTwo()
    {
        using var dir = new TempFolder();
        // 0xFF never occurs in UTF-8.
        var file = dir.WriteBytes("latin1.score", [0x6D, 0x65, 0xFF, 0x0A]);

        var run = CliRun.Of("check", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith($"error: {file}: cannot read this file: ");
        run.Stdout.ShouldBe("1 error in 1 file\n");
    }

    [Theory]
    [InlineData("check", "--no-such-option", "PATH")]
    [InlineData("check", "PATH", "--format", "xml")]
    [InlineData("check", "PATH", "--format")]
    [InlineData("check")]
    [InlineData("no-such-command")]
    [InlineData()]
    public void BadCommandLineExitsTwo(params string[] args)
    {
        using var dir = new TempFolder();
        var file = dir.Write("clean.score", RuleTexts.Clean);

        var run = CliRun.Of(args.Select(a => a == "PATH" ? file : a).ToArray());

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("error: ");
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void WarnAsErrorKeepsACleanFileClean()
    {
        using var dir = new TempFolder();
        var file = dir.Write("clean.score", RuleTexts.Clean);

        var run = CliRun.Of("check", file, "--warnaserror");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe("no problems in 1 file\n");
    }

    [Fact]
    public void WarnAsErrorTurnsAWarningIntoAFailure()
    {
        using var dir = new TempFolder();
        // Without its description the metric is not SMART: warning SR2015 on its name `csat` (line 5, column 8, after "metric ").
        var file = dir.Write("policy.score", RuleTexts.Clean.Replace("  description \"Mean of the 1-5 satisfaction answers.\"\n", ""));

        var plain = CliRun.Of("check", file);
        plain.ExitCode.ShouldBe(0);
        plain.Stdout.ShouldContain(file + ":5:8: warning SR2015: ");

        var strict = CliRun.Of("check", file, "--warnaserror");
        strict.ExitCode.ShouldBe(1);
        strict.Stdout.ShouldContain(file + ":5:8: error SR2015: ");
    }
}
