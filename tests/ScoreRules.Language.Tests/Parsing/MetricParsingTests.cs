using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary><c>metric</c>, its settings and the score rules (docs/grammar.md, <c>metricItem</c>, <c>scoreRule</c>).</summary>
public class MetricParsingTests
{
    [Fact]
    public void MetricWithEverySetting()
    {
        var metric = Single<MetricDeclaration>("""
            metric frt "首次響應時間" {
              description "Business minutes to the first response."
              value p90(work_minutes(created, responded, office)) over tickets where responded != none
              unit minutes
              at created
              target < 30 minutes
              score bands { < 30 -> 100, < 45 -> 80, else -> 0 }
            }
            """);
        metric.Keyword.ShouldBe("metric");
        metric.Id.Text.ShouldBe("frt");
        metric.Title!.Value.ShouldBe("首次響應時間");
        metric.Items.Select(i => i.GetType().Name).ShouldBe(
            ["TextSetting", "ValueItem", "WordSetting", "WordSetting", "TargetItem", "ScoreItem"]);

        Sexpr(metric.Items[1].ShouldBeOfType<ValueItem>().Value).ShouldBe(
            "(over (call p90 (call work_minutes created responded office)) tickets (!= responded none))");
        var unit = metric.Items[2].ShouldBeOfType<WordSetting>();
        (unit.Keyword, unit.Value.Text, unit.Value.Quoted).ShouldBe(("unit", "minutes", false));
        var at = metric.Items[3].ShouldBeOfType<WordSetting>();
        (at.Keyword, at.Value.Text).ShouldBe(("at", "created"));

        var target = metric.Items[4].ShouldBeOfType<TargetItem>();
        (target.Operator, target.Value.Value, target.Unit?.Text).ShouldBe((CompareOp.Less, 30m, "minutes"));

        var bands = metric.Items[5].ShouldBeOfType<ScoreItem>().Rule.ShouldBeOfType<BandsScore>().Bands;
        bands.Select(b => (b.Operator, b.Bound?.Value, b.Score.Value)).ShouldBe(
        [
            (CompareOp.Less, 30m, 100m),
            (CompareOp.Less, 45m, 80m),
            ((CompareOp?)null, (decimal?)null, 0m),
        ]);
    }

    [Fact]
    public void TargetInPercentIsARatio()
    {
        var target = Single<MetricDeclaration>("metric fcr { target >= 85% }").Items[0].ShouldBeOfType<TargetItem>();
        target.Operator.ShouldBe(CompareOp.GreaterOrEqual);
        target.Value.Value.ShouldBe(0.85m);
        target.Value.IsPercent.ShouldBeTrue();
        target.Unit.ShouldBeNull();
    }

    [Fact]
    public void QuotedUnit()
    {
        var unit = Single<MetricDeclaration>("metric csat { unit \"/5\" }").Items[0].ShouldBeOfType<WordSetting>();
        (unit.Value.Text, unit.Value.Quoted).ShouldBe(("/5", true));
    }

    [Fact]
    public void LinearScoreWithSignedPoints()
    {
        var metric = Single<MetricDeclaration>("metric net { score linear { -0.2 -> 0, 0.4 -> 60, 0.8 -> 100 } }");
        var points = metric.Items[0].ShouldBeOfType<ScoreItem>().Rule.ShouldBeOfType<LinearScore>().Points;
        points.Select(p => (p.Value.Value, p.Score.Value)).ShouldBe([(-0.2m, 0m), (0.4m, 60m), (0.8m, 100m)]);
    }

    [Fact]
    public void LinearPointSpanIncludesTheMinusSign()
    {
        var file = Clean("metric net { score linear { -0.2 -> 0 } }");
        var point = file.Declarations[0].Items[0].ShouldBeOfType<ScoreItem>().Rule.ShouldBeOfType<LinearScore>().Points[0];
        file.TextOf(point).ShouldBe("-0.2 -> 0");
        file.TextOf(point.Value).ShouldBe("-0.2");
        file.Start(point).ShouldBe(new(1, 29));
    }

    [Fact]
    public void MetScore()
    {
        var metric = Single<MetricDeclaration>("metric fcr { score met }");
        var score = metric.Items[0].ShouldBeOfType<ScoreItem>();
        score.Rule.ShouldBeOfType<MetScore>().Span.ShouldBe(new(19, 3));
        score.Span.ShouldBe(new(13, 9));
    }

    [Fact]
    public void CSharpValueAndScore()
    {
        var metric = Single<MetricDeclaration>("metric x { value csharp \"values.Average()\" score csharp \"Math.Min(100, value * 20)\" }");
        metric.Items[0].ShouldBeOfType<CSharpValueItem>().Code.Value.ShouldBe("values.Average()");
        metric.Items[1].ShouldBeOfType<ScoreItem>().Rule.ShouldBeOfType<CSharpScore>().Code.Value.ShouldBe("Math.Min(100, value * 20)");
    }

    [Fact]
    public void AMetricMayBeCalledValue()
    {
        // `value` is a keyword only where a setting is expected: here it is the metric's name and a field.
        var metric = Single<MetricDeclaration>("metric value { value mean(value) over t }");
        metric.Id.Text.ShouldBe("value");
        Sexpr(metric.Items[0].ShouldBeOfType<ValueItem>().Value).ShouldBe("(over (call mean value) t)");
    }

    [Fact]
    public void BandsWithEveryComparison()
    {
        var bands = Single<MetricDeclaration>("metric m { score bands { <= 1 -> 100; > 1 -> 50 >= 9 -> 10, == 5 -> 5, != 4 -> 4 } }")
            .Items[0].ShouldBeOfType<ScoreItem>().Rule.ShouldBeOfType<BandsScore>().Bands;
        bands.Select(b => b.Operator).ShouldBe(
            [CompareOp.LessOrEqual, CompareOp.Greater, CompareOp.GreaterOrEqual, CompareOp.Equal, CompareOp.NotEqual]);
    }
}
