using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary><c>scale</c> (BARS), <c>rated</c> and <c>bonus</c> (docs/grammar.md).</summary>
public class RatingParsingTests
{
    [Fact]
    public void ScaleLevelsWithAnchors()
    {
        var file = Clean("""
            scale clarity "問題解釋清晰度" {
              description "BARS for explanations"
              1 "難以理解"
              2 "部分清楚"
              3 "使用用戶語言精準說明"
            }
            """);
        var scale = file.Declarations.ShouldHaveSingleItem().ShouldBeOfType<ScaleDeclaration>();
        (scale.Id.Text, scale.Title!.Value).ShouldBe(("clarity", "問題解釋清晰度"));
        scale.Items[0].ShouldBeOfType<TextSetting>().Keyword.ShouldBe("description");
        scale.Items.Skip(1).Cast<ScaleLevel>().Select(l => (l.Level.Value, l.Anchor.Value))
            .ShouldBe([(1m, "難以理解"), (2m, "部分清楚"), (3m, "使用用戶語言精準說明")]);
        var third = scale.Items[3];
        file.Start(third).ShouldBe(new(5, 3));
        file.End(third).ShouldBe(new(5, 17));   // 3 + `3 "` (3) + 10 characters + `"` = column 17 is just past it
    }

    [Fact]
    public void RatedWithEverySetting()
    {
        var rated = Single<RatedDeclaration>("""
            rated communication "溝通能力" {
              description "Supervisor and peers rate clarity."
              scale clarity
              from ratings where item == "clarity"
              raters supervisor 60%, peer 40%
              min raters 2
              flag disagreement > 1
              target >= 4
              score linear { 1 -> 0, 5 -> 100 }
            }
            """);
        rated.Items.Count.ShouldBe(8);
        var scale = rated.Items[1].ShouldBeOfType<WordSetting>();
        (scale.Keyword, scale.Value.Text).ShouldBe(("scale", "clarity"));

        var from = rated.Items[2].ShouldBeOfType<FromItem>();
        from.Source.Text.ShouldBe("ratings");
        Sexpr(from.Where!).ShouldBe("(== item \"clarity\")");

        rated.Items[3].ShouldBeOfType<RatersItem>().Raters.Select(r => (r.Role.Text, r.Weight.Value))
            .ShouldBe([("supervisor", 0.6m), ("peer", 0.4m)]);

        var min = rated.Items[4].ShouldBeOfType<NumberSetting>();
        (min.Keyword, min.Value.Value).ShouldBe(("min raters", 2m));
        var flag = rated.Items[5].ShouldBeOfType<NumberSetting>();
        (flag.Keyword, flag.Value.Value).ShouldBe(("flag disagreement >", 1m));

        rated.Items[6].ShouldBeOfType<TargetItem>().Value.Value.ShouldBe(4m);
        rated.Items[7].ShouldBeOfType<ScoreItem>().Rule.ShouldBeOfType<LinearScore>().Points.Count.ShouldBe(2);
    }

    [Fact]
    public void FromWithoutWhere()
    {
        var from = Single<RatedDeclaration>("rated r { from ratings }").Items[0].ShouldBeOfType<FromItem>();
        from.Where.ShouldBeNull();
        from.Span.ShouldBe(new(10, 12));
    }

    [Fact]
    public void BonusWithValueMaxAndDescription()
    {
        var bonus = Single<BonusDeclaration>("""
            bonus innovation "創新貢獻" {
              description "Approved innovation points"
              value sum(points) over bonus_claims where kind == "innovation" and approved
              max 5
            }
            """);
        bonus.Keyword.ShouldBe("bonus");
        bonus.Id.Text.ShouldBe("innovation");
        Sexpr(bonus.Items[1].ShouldBeOfType<ValueItem>().Value)
            .ShouldBe("(over (call sum points) bonus_claims (and (== kind \"innovation\") approved))");
        var max = bonus.Items[2].ShouldBeOfType<NumberSetting>();
        (max.Keyword, max.Value.Value).ShouldBe(("max", 5m));
    }
}
