using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Checking;

public class PolicyCheckerTests
{
    private static CheckResult Check(params (string Path, string Text)[] files) =>
        PolicyChecker.Check(files.Select(f => new SourceText(f.Path, f.Text)));

    private static (string Code, int Line, int Column)[] Where(CheckResult result) =>
        [.. result.Diagnostics.Select(d => (d.Code, d.Position.Line, d.Position.Column))];

    [Fact]
    public void ThreeIndependentMistakesGiveThreeDiagnosticsAtTheirPlaces()
    {
        const string text = """
            source tickets "tickets.csv" {
              person = assignee
              at = created_at
              created: datetime = created_at
              contacts: int = contact_count
            }
            metric fcr "First contact resolution" {
              description "Share of tickets resolved after one contact."
              value share(contact == 1) over tickets
              unit percent
              target >= 85
              target >= 90%
            }
            """;
        var result = Check(("fcr.score", text));
        // Line 9 "  value share(contact": `contact` starts after 14 characters -> column 15.
        // Line 11 "  target >= 85": `85` starts after 12 characters -> column 13 (plain 85 for a ratio).
        // Line 12: the second `target` starts at column 3.
        Where(result).ShouldBe([("SR2001", 9, 15), ("SR2014", 11, 13), ("SR2023", 12, 3)]);
    }

    [Fact]
    public void WeightsAreAddedAsDecimals()
    {
        // Ten weights of 10 %: as binary doubles 0.1 added ten times is 0.9999999999999999.
        var metrics = string.Concat(Enumerable.Range(1, 10).Select(i => $$"""
            metric m{{i}} "Metric {{i}}" {
              description "Tickets handled."
              value count() over tickets
              target >= 1
              score met
            }

            """));
        var weights = string.Join(", ", Enumerable.Range(1, 10).Select(i => $"m{i} 10%"));
        var text = $$"""
            source tickets "tickets.csv" {
              person = assignee
            }
            {{metrics}}
            scorecard all "Everything" {
              dimension work { {{weights}} }
            }
            """;
        Check(("weights.score", text)).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void AProblemInASharedFileNamesTheVersionsItAppliesTo()
    {
        const string common = """
            source tickets "tickets.csv" {
              person = assignee
              escalated: bool = escalated
            }
            alert "More escalations than last month" when change(escalations) > 0
            """;
        const string q1 = """
            policy "Desk" {
              version "2026-Q1"
              effective 2026-01-01 .. 2026-03-31
              period month
            }
            metric escalations "Escalations" {
              description "Escalated tickets."
              value count() over tickets where escalated
              target <= 5
            }
            """;
        const string q2 = """
            policy "Desk" {
              version "2026-Q2"
              effective 2026-04-01 .. 2026-06-30
              period month
            }
            metric volume "Tickets" {
              description "Tickets handled."
              value count() over tickets
              target >= 5
            }
            """;
        var result = Check(("desk/common.score", common), ("desk/q1.score", q1), ("desk/q2.score", q2));
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("SR2001");
        d.Source!.Path.ShouldBe("desk/common.score");
        d.Message.ShouldBe("unknown metric `escalations` (in version `2026-Q2`)");
        result.PolicySets.ShouldHaveSingleItem().Versions.Select(v => v.Version).ShouldBe(["2026-Q1", "2026-Q2"]);
    }

    [Fact]
    public void ImportsAreReadOnceAndTheirDiagnosticsReportedOnce()
    {
        const string library = """
            import "more.score"
            source tickets "tickets.csv" {
              person = assignee
            }
            metric volume "Tickets" {
              value count() over tickets
              target >= 5
            }
            """;
        // The two library files import each other.
        const string more = """
            import "lib.score"
            calendar office {
              hours mon..fri 09:00-17:00
            }
            """;
        const string policy = """
            import "../std/lib.score"
            policy "Desk" {
              period month
            }
            """;
        var result = Check(("rules/std/lib.score", library), ("rules/std/more.score", more),
            ("rules/a/policy.score", policy), ("rules/b/policy.score", policy));
        result.Files.Select(f => f.Source.Path).ShouldBe(["rules/a/policy.score", "rules/b/policy.score", "rules/std/lib.score", "rules/std/more.score"]);
        result.PolicySets.Select(s => s.Folder).ShouldBe(["rules/a", "rules/b", "rules/std"]);
        // The metric without a description is seen by three sets and reported once.
        var d = result.Diagnostics.ShouldHaveSingleItem();
        (d.Code, d.Source!.Path, d.Position.Line).ShouldBe(("SR2015", "rules/std/lib.score", 5));
    }

    [Fact]
    public void WarningsBecomeErrorsOnlyWhenAsked()
    {
        var source = new SourceText("w.score", """
            calendar office {
              hours mon..fri 09:00-17:00
              holidays 2026-02-28
            }
            """);
        var normal = PolicyChecker.Check([source]);
        normal.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
        normal.HasErrors.ShouldBeFalse();
        var strict = PolicyChecker.Check([source], new CheckOptions { WarningsAsErrors = true });
        strict.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
        strict.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void ANameInADeclarationThatDidNotParseIsNotCalledUnknown()
    {
        const string text = """
            source tickets "tickets.csv" {
              person = assignee
            }
            metric volume "Tickets" {
              description "Tickets handled."
              value count() over tickets
              target 5
            }
            alert "Fewer tickets" when change(volume) < 0
            """;
        var result = Check(("p.score", text));
        // Only the syntax error (a target needs a comparison); `volume` in the alert is not unknown.
        Where(result).ShouldBe([("SR1003", 7, 10)]);
    }

    [Fact]
    public void TheShippedRulesCheckClean()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "ScoreRules.sln"))) root = Path.GetDirectoryName(root)!;
        var result = PolicyChecker.Check([Path.Combine(root, "rules")]);
        DiagnosticFormatter.RenderAll(result.Diagnostics).ShouldBeEmpty();
    }

    [Fact]
    public void RangesThatCanWorkAreAccepted()
    {
        // Equal ends (one value), percent ends, negative ends on a number field, and map values on
        // the ends of the range and `none`: none of these is a mistake.
        const string text = """
            source surveys "surveys.csv" {
              person = agent_id
              fixed: int = fixed in 3 .. 3
              share: number? = share in 0% .. 100%
              delta: number = delta in -10 .. -1
              csat: int? = "CSAT" in 1 .. 5 map { "bad" -> 1, "good" -> 5, "-" -> none }
            }
            """;
        Where(Check(("surveys.score", text))).ShouldBeEmpty();
    }

    [Fact]
    public void RangeChecksCompareValuesNotSpellings()
    {
        // 50% is 0.5 and 0.6 lies above it, so `in 0.6 .. 50%` runs backwards although 0.6 < 50 as written;
        // 100% is 1, so the answer mapped to 2 is outside `0 .. 100%`.
        const string text = """
            source surveys "surveys.csv" {
              person = agent_id
              share: number = share in 0.6 .. 50%
              ratio: number = ratio in 0 .. 100% map { "all" -> 1, "twice" -> 2 }
            }
            """;
        // Line 3 "  share: number = share ": `in` at column 25. Line 4: the `2` after `"twice" -> ` is at column 67.
        Where(Check(("surveys.score", text))).ShouldBe([("SR2025", 3, 25), ("SR2025", 4, 67)]);
    }
}
