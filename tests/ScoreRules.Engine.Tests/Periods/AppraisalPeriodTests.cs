using ScoreRules.Language.Model;
using NodaTime;
using ScoreRules.Engine.Periods;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Periods;

public class AppraisalPeriodTests
{
    [Fact]
    public void Iso_week_one_of_2026_starts_in_december_2025()
    {
        // 2026-01-01 is a Thursday, so the week holding it (ISO week 1) runs Mon 2025-12-29 .. Sun 2026-01-04.
        var week = AppraisalPeriod.Parse("2026-W01");
        week.Kind.ShouldBe(PeriodKind.Week);
        week.Start.ShouldBe(Date("2025-12-29"));
        week.End.ShouldBe(Date("2026-01-05"));
    }

    [Fact]
    public void Quarter_one_runs_january_to_march()
    {
        var quarter = AppraisalPeriod.Parse("2026-Q1");
        quarter.Start.ShouldBe(Date("2026-01-01"));
        quarter.End.ShouldBe(Date("2026-04-01"));
        quarter.Dates.ShouldBe(new DateInterval(Date("2026-01-01"), Date("2026-03-31")));
    }

    [Fact]
    public void Month_and_year_bounds()
    {
        AppraisalPeriod.TryParse("2026-03", out var month).ShouldBeTrue();
        month.Kind.ShouldBe(PeriodKind.Month);
        month.Start.ShouldBe(Date("2026-03-01"));
        month.End.ShouldBe(Date("2026-04-01"));
        var year = AppraisalPeriod.Parse("2026");
        year.Kind.ShouldBe(PeriodKind.Year);
        year.Start.ShouldBe(Date("2026-01-01"));
        year.End.ShouldBe(Date("2027-01-01"));
    }

    [Fact]
    public void Instant_falls_in_the_period_of_its_local_date()
    {
        // 2026-03-31T17:00Z is 2026-04-01 01:00 in Asia/Shanghai (UTC+8), so April, not March.
        var instant = Utc("2026-03-31 17:00");
        AppraisalPeriod.PeriodOf(instant, Zone("Asia/Shanghai"), PeriodKind.Month).ShouldBe(AppraisalPeriod.OfMonth(2026, 4));
        AppraisalPeriod.PeriodOf(instant, Zone("UTC"), PeriodKind.Month).ShouldBe(AppraisalPeriod.OfMonth(2026, 3));
        // Same instant by quarter: Q2 in Shanghai, Q1 in UTC.
        AppraisalPeriod.PeriodOf(instant, Zone("Asia/Shanghai"), PeriodKind.Quarter).ToString().ShouldBe("2026-Q2");
        AppraisalPeriod.PeriodOf(instant, Zone("UTC"), PeriodKind.Quarter).ToString().ShouldBe("2026-Q1");
    }

    [Fact]
    public void Week_of_a_date_uses_the_iso_week_year()
    {
        // Mon 2025-12-29 belongs to 2026-W01; Sun 2025-12-28 to 2025-W52 (2025 starts on a Wednesday and
        // is not a leap year, so it has 52 weeks).
        AppraisalPeriod.Containing(Date("2025-12-29"), PeriodKind.Week).ToString().ShouldBe("2026-W01");
        AppraisalPeriod.Containing(Date("2025-12-28"), PeriodKind.Week).ToString().ShouldBe("2025-W52");
        // 2026 starts on a Thursday, so it has 53 weeks; W53 is Mon 2026-12-28 .. Sun 2027-01-03.
        AppraisalPeriod.Containing(Date("2027-01-03"), PeriodKind.Week).ToString().ShouldBe("2026-W53");
    }

    [Theory]
    [InlineData("2026-01", "2025-12", "2026-02")]
    [InlineData("2026-W01", "2025-W52", "2026-W02")]
    [InlineData("2026-W53", "2026-W52", "2027-W01")]
    [InlineData("2026-Q1", "2025-Q4", "2026-Q2")]
    [InlineData("2026-Q4", "2026-Q3", "2027-Q1")]
    [InlineData("2026", "2025", "2027")]
    public void Previous_and_next(string text, string previous, string next)
    {
        var period = AppraisalPeriod.Parse(text);
        period.Previous().ToString().ShouldBe(previous);
        period.Next().ToString().ShouldBe(next);
    }

    [Fact]
    public void Consecutive_periods_tile_the_calendar()
    {
        // Second method: each period ends where the next starts, and Next undoes Previous.
        foreach (var kind in new[] { PeriodKind.Week, PeriodKind.Month, PeriodKind.Quarter, PeriodKind.Year })
        {
            var period = AppraisalPeriod.Containing(Date("2019-12-30"), kind);
            for (var i = 0; i < 200; i++)
            {
                var next = period.Next();
                next.Start.ShouldBe(period.End);
                next.Previous().ShouldBe(period);
                AppraisalPeriod.Containing(period.End.PlusDays(-1), kind).ShouldBe(period);
                period = next;
            }
        }
    }

    [Fact]
    public void Contains_includes_start_and_excludes_end()
    {
        var march = AppraisalPeriod.Parse("2026-03");
        march.Contains(Date("2026-03-01")).ShouldBeTrue();
        march.Contains(Date("2026-03-31")).ShouldBeTrue();
        march.Contains(Date("2026-04-01")).ShouldBeFalse();
        march.Contains(Date("2026-02-28")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-w1", "2026-W01")]
    [InlineData("2026-W09", "2026-W09")]
    [InlineData("2026-q3", "2026-Q3")]
    [InlineData("2026-12", "2026-12")]
    [InlineData("0999", "0999")]
    public void ToString_is_canonical(string text, string canonical)
    {
        var period = AppraisalPeriod.Parse(text);
        period.ToString().ShouldBe(canonical);
        AppraisalPeriod.Parse(canonical).ShouldBe(period);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2026-W54")]
    [InlineData("2027-W53")] // 2027 starts on a Friday: 52 weeks
    [InlineData("2026-3")]
    [InlineData("26-03")]
    [InlineData("2026/03")]
    [InlineData("2026-03-01")]
    [InlineData("２０２６-03")]
    [InlineData("0000")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_text_that_is_not_a_period(string? text)
    {
        AppraisalPeriod.TryParse(text, out var period).ShouldBeFalse();
        period.ShouldBe(default);
    }

    [Fact]
    public void Parse_explains_the_accepted_forms()
    {
        Should.Throw<FormatException>(() => AppraisalPeriod.Parse("March")).Message.ShouldContain("2026-Q1");
    }

    [Fact]
    public void Periods_sort_by_start_then_length()
    {
        var periods = new[] { "2026-Q1", "2026-02", "2026", "2026-01", "2025-12" }.Select(AppraisalPeriod.Parse).Order();
        periods.Select(p => p.ToString()).ShouldBe(["2025-12", "2026-01", "2026-Q1", "2026", "2026-02"]);
    }

    [Fact]
    public void Default_is_not_a_period()
    {
        default(AppraisalPeriod).ToString().ShouldBe("");
        Should.Throw<InvalidOperationException>(() => default(AppraisalPeriod).Start);
    }

    [Fact]
    public void Supported_years_end_at_the_edges()
    {
        Should.Throw<InvalidOperationException>(() => AppraisalPeriod.Parse("0001-01").Previous());
        AppraisalPeriod.Parse("0001-02").Previous().ToString().ShouldBe("0001-01");
        Should.Throw<InvalidOperationException>(() => AppraisalPeriod.Parse("9998").Next());
        Should.Throw<ArgumentOutOfRangeException>(() => AppraisalPeriod.OfMonth(2026, 13));
    }
}
