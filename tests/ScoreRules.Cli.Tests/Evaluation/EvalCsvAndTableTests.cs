namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary><c>eval --format csv</c> and the default table on <see cref="EvalFixture"/>.</summary>
public class EvalCsvAndTableTests
{
    private static CliRun Run(params string[] extra)
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        return CliRun.Of(["eval", rules, "--data", data, "--period", "2026-03", .. extra]);
    }

    [Fact]
    public void CsvHasOneRowPerPersonAndItem()
    {
        var run = Run("--format", "csv");

        run.ExitCode.ShouldBe(0);
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldBe("person,name,role,scorecard,kind,metric,value,unit,status,target,met,score,weight,effective_weight,contribution,total,grade");
        // alice: 4 metrics, 1 rated item, 1 bonus; bob the same; a header; a final line end.
        lines.Length.ShouldBe(1 + 6 + 6 + 1);
        lines[^1].ShouldBe("");
        lines[1].ShouldBe("alice,Alice Chen,agent,agents,metric,csat,4.25,/5,ok,>= 4.5,false,75,0.3,0.3,22.5,67.5,C");
        lines[3].ShouldBe("alice,Alice Chen,agent,agents,metric,frt,42,minutes,ok,< 30,false,50,0.3,0.3,15,67.5,C");
        lines[4].ShouldBe("alice,Alice Chen,agent,agents,metric,fcr,0.75,percent,ok,>= 0.8,false,50,0.3,0.3,15,67.5,C");
        lines[5].ShouldBe("alice,Alice Chen,agent,agents,rated,communication,3.2,level,ok,,,55,0,0,,67.5,C");
        lines[6].ShouldBe("alice,Alice Chen,agent,agents,bonus,kudos,7,points,ok,<= 5,,,,,5,67.5,C");
        // No data: empty value, score and contribution; the status says so.
        lines[8].ShouldBe("bob,王小明,agent,agents,metric,ces,,/7,no data,<= 2,,,0.1,0,,100,A");
    }

    [Fact]
    public void CsvContributionsOfAPersonAddUpToTheTotal()
    {
        var rows = Run("--format", "csv").Stdout.Split('\n').Skip(1).Where(l => l.StartsWith("alice,")).Select(l => l.Split(',')).ToList();

        // 22.5 + 10 + 15 + 15 + bonus 5 = 67.5 (the rated item is reported only: no contribution).
        rows.Where(r => r[14].Length > 0).Sum(r => decimal.Parse(r[14], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(67.5m);
    }

    [Fact]
    public void CsvQuotesValuesThatHoldCommasOrQuotes()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        dir.Write("data/people.csv", "id,name,role\nalice,\"Chen, Alice \"\"Al\"\"\",agent\nbob,王小明,agent\n");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "csv", "--person", "alice");

        run.Stdout.Split('\n')[1].ShouldStartWith("alice,\"Chen, Alice \"\"Al\"\"\",agent,agents,metric,csat,");
    }

    [Fact]
    public void TableShowsEachValueWithItsScoreTotalsAndGrades()
    {
        var run = Run();

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldNotContain("\u001b"); // no ANSI escape codes when the output is not a terminal
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldBe("Test desk 測試服務台 2026-Q1 · period 2026-03");
        var alice = lines.Single(l => l.Contains("alice"));
        foreach (var cell in new[] { "Alice Chen", "4.25 /5 → 75", "2 /7 → 100", "42 min → 50", "75 % → 50", "3.2 → 55", "67.5", "C 合格" })
            alice.ShouldContain(cell);
        var bob = lines.Single(l => l.Contains("bob"));
        foreach (var cell in new[] { "王小明", "5 /5 → 100", "no data", "18.5 min → 100", "100 % → 100", "A 卓越" })
            bob.ShouldContain(cell);
        lines[^2].ShouldBe("2 people · no rule warnings · no data warnings · no evaluation errors");
    }

    [Fact]
    public void TableLinesOfCjkTextLineUpInTerminalColumns()
    {
        var lines = Run().Stdout.Split('\n').Where(l => l.StartsWith('│') || l.StartsWith('╭') || l.StartsWith('╰')).ToList();

        // 王小明 and 客戶滿意度 take two columns per character; every row must be as wide as the border.
        static int Width(string s) => s.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 2 : 1);
        lines.Count.ShouldBe(5); // top border, header, alice, bob, bottom border (the header rule starts with ├)
        lines.Select(Width).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public void OutWritesTheFileInOneStepAndLeavesNoTemporaryFile()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var outFile = Path.Combine(dir.Path, "results.json");
        File.WriteAllText(outFile, "old results");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--out", outFile);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBeEmpty();
        var text = File.ReadAllText(outFile);
        text.ShouldStartWith("{\n  \"policy\": \"Test desk 測試服務台\"");
        text.ShouldContain("\"total\": 67.5");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).ShouldBe(["results.json"]);
    }

    [Fact]
    public void CsvFileStartsWithAByteOrderMarkForExcel()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var outFile = Path.Combine(dir.Path, "results.csv");

        CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "csv", "--out", outFile).ExitCode.ShouldBe(0);

        var bytes = File.ReadAllBytes(outFile);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldStartWith("person,name,");
    }

    [Fact]
    public void TableWrittenToAFileHasNoEscapeCodes()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var outFile = Path.Combine(dir.Path, "results.txt");

        CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--out", outFile).ExitCode.ShouldBe(0);

        var text = File.ReadAllText(outFile);
        text.ShouldNotContain("\u001b");
        text.ShouldContain("42 min → 50");
    }

    [Fact]
    public void OutIntoAMissingFolderIsAnInputError()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var outFile = Path.Combine(dir.Path, "no-such-folder", "results.json");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--out", outFile);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith($"error: {outFile}: cannot write this file: the folder ");
        File.Exists(outFile).ShouldBeFalse();
    }
}
