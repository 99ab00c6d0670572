using ScoreRules.Engine.Results;
using ScoreRules.Reporting.Model;

namespace ScoreRules.Reporting.Tests;

public sealed class TeamContextTests
{
    private static PersonResult Person(string id, string? scorecard, decimal? total) =>
        new(id, id, "tier1", scorecard, total, null, 0m, [], [], [], [], [], [], null);

    private static EvaluationResult Result(params PersonResult[] people) => new("p", "v", "hash", "2026-03", people, [], []);

    [Fact]
    public void Median_and_percentile_rank_of_a_group_of_four()
    {
        var me = Person("c", "t1", 70m);
        var result = Result(Person("a", "t1", 50m), Person("b", "t1", 60m), me, Person("d", "t1", 80m), Person("x", "t2", 10m));
        var team = ReportModelBuilder.Team(result, me);
        team.ShouldNotBeNull();
        team.GroupSize.ShouldBe(4);           // t2 is another scorecard
        team.Median.ShouldBe("65");           // (60 + 70) / 2
        team.PercentileRank.ShouldBe("63 %"); // (2 below + 1 equal / 2) / 4 = 62.5 % → 63 % (half away from zero)
    }

    [Fact]
    public void Groups_smaller_than_four_get_no_context()
    {
        var me = Person("a", "t1", 70m);
        // Four people, but one has no total: three with a total.
        var result = Result(me, Person("b", "t1", 60m), Person("c", "t1", 80m), Person("d", "t1", null));
        ReportModelBuilder.Team(result, me).ShouldBeNull();
    }

    [Fact]
    public void A_person_without_a_total_gets_no_context()
    {
        var me = Person("e", "t1", null);
        var result = Result(Person("a", "t1", 50m), Person("b", "t1", 60m), Person("c", "t1", 70m), Person("d", "t1", 80m), me);
        ReportModelBuilder.Team(result, me).ShouldBeNull();
    }

    [Fact]
    public void Odd_group_median_is_the_middle_total()
    {
        var me = Person("a", "t1", 90m);
        var result = Result(me, Person("b", "t1", 60m), Person("c", "t1", 75.25m), Person("d", "t1", 80m), Person("e", "t1", 40m));
        var team = ReportModelBuilder.Team(result, me)!;
        team.Median.ShouldBe("75.3");          // 40, 60, 75.25, 80, 90 → 75.25 shown with one decimal
        team.PercentileRank.ShouldBe("90 %");  // (4 below + 1 / 2) / 5 = 90 %
    }

    [Fact]
    public void Labels_follow_the_policy_title()
    {
        ReportLabels.For("某金融企業 IT 服務台考核")["total"].ShouldBe("總分");
        ReportLabels.For("Acme Help Desk Scorecard")["total"].ShouldBe("Total");
        ReportLabels.For("某金融企業 IT 服務台考核").Keys.ShouldBe(ReportLabels.For("Acme").Keys);
    }
}
