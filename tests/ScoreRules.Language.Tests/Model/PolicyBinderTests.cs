using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Tests.Model;

public class PolicyBinderTests
{
    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static PolicyModel BindBank()
    {
        var root = RepoRoot();
        var files = new[] { "rules/bank-service-desk/policy.score", "rules/std/metrics.score", "rules/std/sources.score" }
            .Select(p => ScoreParser.ParseFile(Path.Combine(root, p), p))
            .ToList();
        files.ShouldAllBe(f => !f.HasErrors);
        return PolicyBinder.Bind(files.Select(f => f.Tree).ToList());
    }

    [Fact]
    public void BankPolicyHeaderIsBound()
    {
        var policy = BindBank();
        policy.Version.ShouldBe("2026-Q1");
        policy.EffectiveFrom.ShouldBe(new DateOnly(2026, 1, 1));
        policy.EffectiveTo.ShouldBe(new DateOnly(2026, 3, 31));
        policy.Period.ShouldBe(PeriodKind.Month);
        policy.TimeZone.ShouldBe("Asia/Taipei");
        // grades { A >= 90 "卓越"; B >= 75 "良好"; C >= 60 "合格"; D else "待改進" }
        policy.Grades.Select(g => (g.Name, g.Minimum, g.Label)).ShouldBe(
            [("A", 90m, "卓越"), ("B", 75m, "良好"), ("C", 60m, "合格"), ("D", null, "待改進")]);
        policy.GradeFor(90m)!.Name.ShouldBe("A");     // exactly on the boundary
        policy.GradeFor(89.99m)!.Name.ShouldBe("B");
        policy.GradeFor(12m)!.Name.ShouldBe("D");
    }

    [Fact]
    public void BankScorecardWeightsAreTheArticlesSix()
    {
        var card = BindBank().Scorecards.Single(c => c.Id == "tier1");
        card.Dimensions.Select(d => d.Id).ShouldBe(["客戶體驗", "運營效率", "學習成長"]);
        card.Dimensions.SelectMany(d => d.Weights).ShouldBe(
            [("csat", 0.30m), ("ces", 0.20m), ("frt", 0.15m), ("fcr", 0.15m), ("training", 0.10m), ("certs", 0.10m)]);
        card.Dimensions.SelectMany(d => d.Weights).Sum(w => w.Weight).ShouldBe(1.00m);
        card.Bonuses.ShouldBe(["創新貢獻"]);
        card.Missing.ShouldBe(MissingPolicy.Reweight);
        card.For.ShouldBeOfType<BinaryExpr>().Operator.ShouldBe(BinaryOperator.Equal);
    }

    [Fact]
    public void BankMetricsCarryTargetsAndScores()
    {
        var policy = BindBank();
        var csat = policy.Metric("csat")!;
        csat.Title.ShouldBe("客戶滿意度 CSAT");
        csat.Target.ShouldBe(new TargetModel(CompareOp.GreaterOrEqual, 4.5m, null));
        csat.Score.ShouldBeOfType<LinearScoreModel>().Points.ShouldBe([(3.5m, 0m), (4.5m, 100m)]);
        var value = csat.Value.ShouldBeOfType<AggregateExpr>();
        value.Function.ShouldBe("mean");
        value.Source.ShouldBe("問卷");
        value.Arguments.Single().ShouldBeOfType<NameRef>().Kind.ShouldBe(NameKind.Field);

        var fcr = policy.Metric("fcr")!;
        fcr.Target!.Value.ShouldBe(0.85m);   // 85% is the ratio 0.85
        var frt = policy.Metric("frt")!;
        frt.Score.ShouldBeOfType<BandsScoreModel>().Bands.Count.ShouldBe(4);
        var workMinutes = frt.Value.ShouldBeOfType<AggregateExpr>().Arguments.Single().ShouldBeOfType<CallExpr>();
        workMinutes.Function.ShouldBe("work_minutes");
        workMinutes.Arguments[2].ShouldBeOfType<NameRef>().Kind.ShouldBe(NameKind.Calendar);
    }

    [Fact]
    public void BankCalendarBarsAndBonusAreBound()
    {
        var policy = BindBank();
        var calendar = policy.Calendars["台北營業時間"];
        // mon..fri 09:00-12:00, 13:00-18:00 → 5 days × 2 ranges
        calendar.Hours.Count.ShouldBe(10);
        calendar.Hours.Where(h => h.Day == DayOfWeek.Wednesday).Select(h => (h.Start, h.End))
            .ShouldBe([(new TimeOnly(9, 0), new TimeOnly(12, 0)), (new TimeOnly(13, 0), new TimeOnly(18, 0))]);
        calendar.Holidays.ShouldContain((new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 20)));

        policy.Scales["清晰度"].Levels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
        var communication = policy.RatedItems["communication"];
        communication.Raters.ShouldBe([("supervisor", 0.60m), ("peer", 0.40m)]);
        communication.MinRaters.ShouldBe(2);
        communication.Disagreement.ShouldBe(1m);
        policy.Bonuses["創新貢獻"].Max.ShouldBe(5m);
    }

    [Fact]
    public void ContentHashDependsOnTextNotOnWhereTheFolderIs()
    {
        var a = PolicyBinder.Bind([ScoreParser.Parse("x/a.score", "policy \"P\" { version \"1\" }").Tree]);
        var b = PolicyBinder.Bind([ScoreParser.Parse("elsewhere/a.score", "policy \"P\" { version \"1\" }").Tree]);
        var c = PolicyBinder.Bind([ScoreParser.Parse("x/a.score", "policy \"P\" { version \"2\" }").Tree]);
        a.ContentHash.ShouldBe(b.ContentHash);
        a.ContentHash.ShouldNotBe(c.ContentHash);
        a.ContentHash.Length.ShouldBe(64);
    }

    [Fact]
    public void ExtendsReplacesSameNamedDimensionAndInheritsTheRest()
    {
        const string text = """
            scorecard base { dimension a { m1 50% } dimension b { m2 50% } bonus x missing zero }
            scorecard child extends base for role == "t2" { dimension b { m3 50% } }
            """;
        var policy = PolicyBinder.Bind([ScoreParser.Parse("c.score", text).Tree]);
        var child = policy.Scorecards.Single(c => c.Id == "child");
        child.Dimensions.Select(d => (d.Id, d.Weights.Single().Metric)).ShouldBe([("a", "m1"), ("b", "m3")]);
        child.Bonuses.ShouldBe(["x"]);
        child.Missing.ShouldBe(MissingPolicy.Zero);
    }

    [Fact]
    public void BankSurveyFieldsCarryTheirRanges()
    {
        var policy = BindBank();
        var survey = policy.Sources["問卷"];
        // 滿意度 maps its answers to 1..5 and checks the mapped value; 費力度 is a 1..7 effort score.
        survey.Field("滿意度")!.ShouldSatisfyAllConditions(
            f => f.Minimum.ShouldBe(1m), f => f.Maximum.ShouldBe(5m), f => f.Map!["非常滿意"].ShouldBe(5m));
        (survey.Field("費力度")!.Minimum, survey.Field("費力度")!.Maximum).ShouldBe((1m, 7m));
        // The BARS ratings of the standard library are on 1..5 scales.
        var level = policy.Sources["ratings"].Field("level")!;
        (level.Minimum, level.Maximum).ShouldBe((1m, 5m));
    }

    [Fact]
    public void FieldRangesBecomeMinimumAndMaximum()
    {
        const string text = """
            source surveys "surveys.csv" {
              person = agent_id
              csat: int? = "CSAT" in 1 .. 5
              ces: number? in 1 .. 7
              share: number? in 0% .. 50%
              滿意度: int? = "整體滿意度" in 1 .. 5 map { "滿意" -> 4 }
              delta: number in -2.5 .. 0
              channel: text in 1 .. 3
              note: text?
            }
            """;
        var fields = PolicyBinder.Bind([ScoreParser.Parse("s.score", text).Tree]).Sources["surveys"].Fields;
        (decimal?, decimal?) Range(string name)
        {
            var field = fields.Single(f => f.Name == name);
            return (field.Minimum, field.Maximum);
        }

        Range("csat").ShouldBe((1m, 5m));
        Range("ces").ShouldBe((1m, 7m));
        Range("share").ShouldBe((0m, 0.5m));    // 50% is the ratio 0.5
        Range("滿意度").ShouldBe((1m, 5m));
        Range("delta").ShouldBe((-2.5m, 0m));
        // A range on a text field is an error (SR2025); the model does not carry it.
        Range("channel").ShouldBe(((decimal?)null, (decimal?)null));
        Range("note").ShouldBe(((decimal?)null, (decimal?)null));
        // The person field made from `person = agent_id` has no range either.
        Range("person").ShouldBe(((decimal?)null, (decimal?)null));
    }

    [Fact]
    public void BindSetsGivesEachPolicyFolderItsVersionsAndLeavesLibrariesOut()
    {
        var check = ScoreRules.Language.Checking.PolicyChecker.Check([Path.Combine(RepoRoot(), "rules")]);

        var sets = PolicyBinder.BindSets(check);

        // rules/ holds acme-helpdesk (2026-Q1, 2026-Q2), bank-service-desk (2026-Q1) and the std library.
        sets.Select(s => (Path.GetFileName(s.Folder), string.Join(",", s.Versions.Select(v => v.Version)))).ShouldBe([
            ("acme-helpdesk", "2026-Q1,2026-Q2"),
            ("bank-service-desk", "2026-Q1"),
        ]);
    }
}
