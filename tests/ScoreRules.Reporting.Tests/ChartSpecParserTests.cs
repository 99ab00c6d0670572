using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Tests;

public class ChartSpecParserTests
{
    [Fact]
    public void Options_and_points_are_read_in_order()
    {
        var spec = ChartSpecParser.Parse("chart bar", """
            title: 指標得分
            target: 80
            max: 100
            unit: %
            # a comment
            客戶滿意度 CSAT: 92
            FRT: p90 minutes：75.5
            "max": 3
            Certifications: -
            """);

        spec.Kind.ShouldBe(ChartKind.Bar);
        spec.Title.ShouldBe("指標得分");
        spec.Target.ShouldBe(80);
        spec.Max.ShouldBe(100);
        spec.Unit.ShouldBe("%");
        spec.Points.ShouldBe([new ChartPoint("客戶滿意度 CSAT", 92), new ChartPoint("FRT: p90 minutes", 75.5), new ChartPoint("max", 3), new ChartPoint("Certifications", null)]);
    }

    [Fact]
    public void The_kind_comes_from_the_info_string()
    {
        ChartSpecParser.IsChartInfo("chart radar").ShouldBeTrue();
        ChartSpecParser.IsChartInfo("charts").ShouldBeFalse();
        ChartSpecParser.IsChartInfo("csharp").ShouldBeFalse();
        ChartSpecParser.Parse("chart line", "a: 1").Kind.ShouldBe(ChartKind.Line);
        Should.Throw<ChartSpecException>(() => ChartSpecParser.Parse("chart pie", "a: 1")).Message.ShouldContain("unknown chart kind 'pie'");
    }

    [Fact]
    public void Mistakes_name_their_line()
    {
        var error = Should.Throw<ChartSpecException>(() => ChartSpecParser.Parse("chart bar", "a: 1\nb: high\n"));
        error.Line.ShouldBe(2);
        error.Message.ShouldStartWith("chart block, line 2:");
        Should.Throw<ChartSpecException>(() => ChartSpecParser.Parse("chart bar", "no colon here")).Line.ShouldBe(1);
        Should.Throw<ChartSpecException>(() => ChartSpecParser.Parse("chart radar", "a: 1\nb: 2")).Message.ShouldContain("at least 3 axes");
        Should.Throw<ChartSpecException>(() => ChartSpecParser.Parse("chart bar", "min: 10\nmax: 5\na: 1")).Message.ShouldContain("greater than min");
    }
}
