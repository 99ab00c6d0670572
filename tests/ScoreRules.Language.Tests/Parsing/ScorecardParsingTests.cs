using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary><c>scorecard</c>, <c>improve</c> (PDCA) and <c>alert</c> (docs/grammar.md).</summary>
public class ScorecardParsingTests
{
    [Fact]
    public void ScorecardWithExtendsForDimensionsBonusAndMissing()
    {
        var card = Single<ScorecardDeclaration>("""
            scorecard tier2 "二線支持" extends tier1 for role == "tier2" {
              dimension customer "客戶體驗" { csat 30%, ces 20% }
              dimension operations { frt 15% fcr 35% }
              bonus innovation, mentoring
              missing zero
            }
            """);
        (card.Id.Text, card.Title!.Value, card.Extends!.Text).ShouldBe(("tier2", "二線支持", "tier1"));
        Sexpr(card.For!).ShouldBe("(== role \"tier2\")");

        var customer = card.Items[0].ShouldBeOfType<DimensionItem>();
        (customer.Id.Text, customer.Title!.Value).ShouldBe(("customer", "客戶體驗"));
        customer.Weights.Select(w => (w.Metric.Text, w.Weight.Value)).ShouldBe([("csat", 0.3m), ("ces", 0.2m)]);
        var operations = card.Items[1].ShouldBeOfType<DimensionItem>();
        operations.Title.ShouldBeNull();
        operations.Weights.Select(w => (w.Metric.Text, w.Weight.Value)).ShouldBe([("frt", 0.15m), ("fcr", 0.35m)]);

        card.Items[2].ShouldBeOfType<BonusListItem>().Bonuses.Select(b => b.Text).ShouldBe(["innovation", "mentoring"]);
        var missing = card.Items[3].ShouldBeOfType<WordSetting>();
        (missing.Keyword, missing.Value.Text).ShouldBe(("missing", "zero"));
    }

    [Fact]
    public void ScorecardWithoutExtendsOrFor()
    {
        var card = Single<ScorecardDeclaration>("scorecard all { missing reweight }");
        card.Title.ShouldBeNull();
        card.Extends.ShouldBeNull();
        card.For.ShouldBeNull();
    }

    [Fact]
    public void ScorecardSpans()
    {
        var file = Clean("scorecard t1 {\n  dimension d { csat 30% }\n}\n");
        var card = file.Declarations[0];
        file.Start(card).ShouldBe(new(1, 1));
        file.End(card).ShouldBe(new(3, 2));
        var weight = card.Items[0].ShouldBeOfType<DimensionItem>().Weights[0];
        file.TextOf(weight).ShouldBe("csat 30%");
        file.Start(weight).ShouldBe(new(2, 17));
        file.Start(weight.Weight).ShouldBe(new(2, 22));
    }

    [Fact]
    public void ImproveWhenMissedWithAllFourSteps()
    {
        var improve = Single<ImproveDeclaration>("""
            improve fcr when missed {
              plan "FCR {{ value | pct }},目標 {{ target }}"
              do "完成《L1 故障排除》培訓" within 30 days owner supervisor
              check fcr next period
              act "達標後把做法寫入知識庫"
            }
            """);
        improve.Metric.Text.ShouldBe("fcr");
        improve.When.ShouldBeNull();
        var plan = improve.Items[0].ShouldBeOfType<TextSetting>();
        (plan.Keyword, plan.Value.Value).ShouldBe(("plan", "FCR {{ value | pct }},目標 {{ target }}"));
        var step = improve.Items[1].ShouldBeOfType<DoItem>();
        step.Action.Value.ShouldBe("完成《L1 故障排除》培訓");
        (step.Within!.Amount, step.Within.Unit, step.Owner!.Text).ShouldBe((30m, "days", "supervisor"));
        var check = improve.Items[2].ShouldBeOfType<WordSetting>();
        (check.Keyword, check.Value.Text).ShouldBe(("check", "fcr"));
        improve.Items[3].ShouldBeOfType<TextSetting>().Keyword.ShouldBe("act");
    }

    [Fact]
    public void ImproveWhenAConditionWithABareDo()
    {
        var improve = Single<ImproveDeclaration>("improve mttr when change(mttr) > 0 { do \"review\" do \"retrain\" within 1 week }");
        Sexpr(improve.When!).ShouldBe("(> (call change mttr) 0)");
        var first = improve.Items[0].ShouldBeOfType<DoItem>();
        (first.Within, first.Owner).ShouldBe(((DurationExpression?)null, (Name?)null));
        improve.Items[1].ShouldBeOfType<DoItem>().Within!.Unit.ShouldBe("weeks");
    }

    [Fact]
    public void AlertWithAndWithoutAName()
    {
        var file = Clean("""
            alert effort_up "解決時間縮短但費力度上升" when change(mttr) < 0 and change(ces) > 0
            alert "backlog" when backlog > 20
            """);
        var named = file.Declarations[0].ShouldBeOfType<AlertDeclaration>();
        named.Id!.Text.ShouldBe("effort_up");
        named.Message.Value.ShouldBe("解決時間縮短但費力度上升");
        Sexpr(named.When).ShouldBe("(and (< (call change mttr) 0) (> (call change ces) 0))");
        // "alert effort_up " (16) + the quoted 12 characters (14) + " when change(mttr) < 0 and change(ces) > 0" (42) = 72.
        file.End(named).ShouldBe(new(1, 73));
        var anonymous = file.Declarations[1].ShouldBeOfType<AlertDeclaration>();
        anonymous.Id.ShouldBeNull();
        file.Start(anonymous).ShouldBe(new(2, 1));
    }
}
