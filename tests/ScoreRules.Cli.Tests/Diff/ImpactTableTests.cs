using System.Text.Json;

namespace ScoreRules.Cli.Tests.Diff;

/// <summary>
/// The impact table on <see cref="TinyDesk"/>, worked out by hand. Version 2026-H1 weighs quality 30 %
/// and speed 70 %, version 2026-H2 quality 40 % and speed 60 %. March 2026, scores equal the marks:
/// <code>
///   ann: quality (40 + 60) / 2 = 50, speed 100
///        H1: 0.3 × 50 + 0.7 × 100 = 15 + 70 = 85 → B      H2: 0.4 × 50 + 0.6 × 100 = 20 + 60 = 80 → B
///        change −5: speed 70 → 60 (−10), quality 15 → 20 (+5)
///   bob: quality 100, speed 60
///        H1: 0.3 × 100 + 0.7 × 60 = 30 + 42 = 72 → C      H2: 0.4 × 100 + 0.6 × 60 = 40 + 36 = 76 → B
///        change +4: quality 30 → 40 (+10), speed 42 → 36 (−6)
///   mean change (−5 + 4) / 2 = −0.5; largest |change| ann (5); one grade changes (bob C → B)
/// </code>
/// 2026-H2 takes effect in July, so evaluating it on March also checks that version labels ignore the
/// effective range.
/// </summary>
public class ImpactTableTests
{
    private static CliRun Diff(TempFolder dir, bool withBob = true, params string[] more)
    {
        var rules = TinyDesk.WriteTwoVersions(dir);
        var data = TinyDesk.WriteData(dir, withBob);
        return CliRun.Of(["diff", rules, "--from", "version:2026-H1", "--to", "version:2026-H2", "--data", data, "--period", "2026-03", .. more]);
    }

    [Fact]
    public void TextTableShowsTotalsGradesChangesAndWhatExplainsThem()
    {
        using var dir = new TempFolder();

        var run = Diff(dir);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        var lines = run.Stdout.Split('\n');
        var header = Array.FindIndex(lines, l => l.TrimStart().StartsWith("person", StringComparison.Ordinal));
        lines[header].ShouldBe("  person  name       before  after  change  grade  explained by");
        lines[header + 1].ShouldBe("  ann     Ann Lee        85     80      \u22125  B      speed \u221210, quality +5");
        lines[header + 2].ShouldBe("  bob     Bob Marsh      72     76      +4  C → B  quality +10, speed \u22126");
        run.Stdout.ShouldContain("2 people evaluated; 1 changes grade; 2 change total; mean change \u22120.5 points; largest change ann \u22125 points.");
        run.Stdout.ShouldContain("Grades before → after: A 0 → 0, B 1 → 2, C 1 → 0, D 0 → 0.");
    }

    [Fact]
    public void HeaderSaysBothVersionsRunOnThePeriodWhateverTheirEffectiveRanges()
    {
        using var dir = new TempFolder();

        var run = Diff(dir);

        run.Stdout.ShouldContain("Impact on 2026-03\nBoth versions are evaluated on 2026-03 with the data in");
        run.Stdout.ShouldContain("whatever their effective ranges");
    }

    [Fact]
    public void JsonCarriesTheUnroundedNumbers()
    {
        using var dir = new TempFolder();

        var run = Diff(dir, true, "--format", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var impact = json.RootElement.GetProperty("impact");
        impact.GetProperty("ignoresEffectiveRange").GetBoolean().ShouldBeTrue();
        var people = impact.GetProperty("people").EnumerateArray().ToList();
        people.Select(p => p.GetProperty("person").GetString()).ShouldBe(["ann", "bob"]);
        people[0].GetProperty("totalBefore").GetDecimal().ShouldBe(85m);
        people[0].GetProperty("totalAfter").GetDecimal().ShouldBe(80m);
        people[0].GetProperty("delta").GetDecimal().ShouldBe(-5m);
        people[1].GetProperty("gradeBefore").GetString().ShouldBe("C");
        people[1].GetProperty("gradeAfter").GetString().ShouldBe("B");
        people[1].GetProperty("gradeChanged").GetBoolean().ShouldBeTrue();
        var drivers = people[1].GetProperty("drivers").EnumerateArray()
            .Select(d => (d.GetProperty("item").GetString(), d.GetProperty("before").GetDecimal(), d.GetProperty("after").GetDecimal(), d.GetProperty("delta").GetDecimal()))
            .ToList();
        drivers.ShouldBe([("quality", 30m, 40m, 10m), ("speed", 42m, 36m, -6m)]);
        var summary = impact.GetProperty("summary");
        summary.GetProperty("gradeChanges").GetInt32().ShouldBe(1);
        summary.GetProperty("meanDelta").GetDecimal().ShouldBe(-0.5m);
        summary.GetProperty("largest").GetProperty("person").GetString().ShouldBe("ann");
    }

    [Fact]
    public void SameInputGivesTheSameBytes()
    {
        using var dir = new TempFolder();

        var first = Diff(dir, true, "--format", "json");
        var second = Diff(dir, true, "--format", "json");

        first.Stdout.ShouldBe(second.Stdout);
    }

    [Fact]
    public void FailOnGradeChangeExitsOneWhenSomeonesGradeChanges()
    {
        using var dir = new TempFolder();

        var run = Diff(dir, true, "--fail-on", "grade-change");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("C → B");
        run.Stderr.ShouldBe("error: 1 person's grade changes, and --fail-on grade-change is set\n");
    }

    [Fact]
    public void FailOnGradeChangeExitsZeroWhenTotalsMoveButGradesStay()
    {
        using var dir = new TempFolder();

        // Only ann: 85 → 80 stays B.
        var run = Diff(dir, false, "--fail-on", "grade-change");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("1 person evaluated; 0 change grade; 1 changes total");
    }

    [Fact]
    public void FailOnGradeChangeWithoutDataIsAUsageError()
    {
        using var dir = new TempFolder();
        var rules = TinyDesk.WriteTwoVersions(dir);

        var run = CliRun.Of("diff", rules, "--from", "version:2026-H1", "--to", "version:2026-H2", "--fail-on", "grade-change");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("error: --fail-on grade-change needs --data and --period");
    }

    [Fact]
    public void VersionLabelsAlsoWorkWithOneFolderPerVersion()
    {
        using var dir = new TempFolder();
        dir.Write("lib/sources.score", TinyDesk.Sources);
        dir.Write("tiny/2026-H1/policy.score", TinyDesk.Policy(30, 70).Replace("../lib/", "../../lib/").Replace("\"2026\"", "\"2026-H1\""));
        dir.Write("tiny/2026-H2/policy.score", TinyDesk.Policy(40, 60).Replace("../lib/", "../../lib/").Replace("\"2026\"", "\"2026-H2\""));

        var run = CliRun.Of("diff", Path.Combine(dir.Path, "tiny"), "--from", "version:2026-H1", "--to", "version:2026-H2",
            "--data", TinyDesk.WriteData(dir), "--period", "2026-03");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("    changed  metric quality  weight   30 %    40 %\n");
        run.Stdout.ShouldContain("  bob     Bob Marsh      72     76      +4  C → B  quality +10, speed \u22126\n");
    }

    [Fact]
    public void MarkdownIsAPullRequestComment()
    {
        using var dir = new TempFolder();

        var run = Diff(dir, true, "--format", "markdown");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldStartWith("## Policy diff: `");
        lines.ShouldContain("### Tiny desk, version 2026-H1 → 2026-H2");
        lines.ShouldContain("#### Scorecard `agent` \"Agent\"");
        var changes = Array.IndexOf(lines, "| Change | Rule | Setting | Before | After |");
        changes.ShouldBeGreaterThan(0);
        lines[changes + 1].ShouldBe("| --- | --- | --- | --- | --- |");
        lines.ShouldContain("| changed | metric quality | weight | 30 % | 40 % |");
        lines.ShouldContain("| changed | metric speed | weight | 70 % | 60 % |");
        lines.ShouldContain("### Impact on 2026-03");
        var people = Array.IndexOf(lines, "| Person | Name | Before | After | Change | Grade | Explained by |");
        people.ShouldBeGreaterThan(changes);
        lines[people + 1].ShouldBe("| --- | --- | ---: | ---: | ---: | --- | --- |");
        lines[people + 2].ShouldBe("| ann | Ann Lee | 85 | 80 | \u22125 | B | speed \u221210, quality +5 |");
        lines[people + 3].ShouldBe("| bob | Bob Marsh | 72 | 76 | +4 | **C → B** | quality +10, speed \u22126 |");
        lines[people + 4].ShouldBe("");
        // Every table row has as many cells as its header.
        foreach (var row in lines.Where(l => l.StartsWith('|')))
            row.Count(c => c == '|').ShouldBeOneOf(6, 8);
    }
}
