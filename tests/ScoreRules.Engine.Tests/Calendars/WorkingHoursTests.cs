using NodaTime;
using ScoreRules.Engine.Calendars;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Calendars;

public class WorkingHoursTests
{
    [Theory]
    [InlineData("09:00-18:00", 540)]
    [InlineData("00:00-24:00", 1440)]
    [InlineData("22:00-24:00", 120)]
    [InlineData("13:30-13:45", 15)]
    public void Parses_a_range_and_its_nominal_length(string text, double minutes)
    {
        var range = WorkingTimeRange.Parse(text);
        range.NominalLength.TotalMinutes.ShouldBe(minutes);
        range.ToString().ShouldBe(text);
    }

    [Fact]
    public void Single_digit_hour_is_accepted_and_written_with_two_digits()
    {
        WorkingTimeRange.Parse("9:00-18:00").ToString().ShouldBe("09:00-18:00");
    }

    [Fact]
    public void End_of_day_is_written_24_00()
    {
        var range = WorkingTimeRange.FromHours(18, 0, 24, 0);
        range.EndsAtMidnight.ShouldBeTrue();
        range.End.ShouldBe(LocalTime.Midnight);
        range.ToString().ShouldBe("18:00-24:00");
    }

    [Theory]
    [InlineData("18:00-09:00")] // crosses midnight
    [InlineData("09:00-09:00")] // empty
    [InlineData("24:00-24:00")] // 24:00 only ends a range
    [InlineData("09:00")]
    [InlineData("9h-18h")]
    [InlineData("09:00-25:00")]
    [InlineData("")]
    public void Rejects_text_that_is_not_a_range(string text)
    {
        WorkingTimeRange.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => WorkingTimeRange.Parse(text));
    }

    [Fact]
    public void Constructor_rejects_an_end_before_the_start()
    {
        Should.Throw<ArgumentException>(() => new WorkingTimeRange(new LocalTime(18, 0), new LocalTime(9, 0)));
    }

    [Fact]
    public void Default_range_is_empty_not_a_whole_day()
    {
        default(WorkingTimeRange).NominalLength.ShouldBe(Duration.Zero);
        WeeklyHours.Empty.Add(IsoDayOfWeek.Monday, default(WorkingTimeRange)).HasHoursOn(IsoDayOfWeek.Monday).ShouldBeFalse();
    }

    [Fact]
    public void Overlapping_ranges_of_a_day_count_once()
    {
        var hours = WeeklyHours.Empty.Add(IsoDayOfWeek.Monday, Range("09:00-12:00"), Range("11:00-13:00"), Range("13:00-14:00"));
        // 09:00–12:00 ∪ 11:00–13:00 ∪ 13:00–14:00 = 09:00–14:00 = 300 minutes.
        hours.On(IsoDayOfWeek.Monday).ShouldBe([Range("09:00-14:00")]);
        hours.NominalTotal(IsoDayOfWeek.Monday).TotalMinutes.ShouldBe(300);
    }

    [Fact]
    public void Day_range_may_wrap_over_the_weekend()
    {
        var hours = WeeklyHours.Empty.Add(IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, Range("10:00-14:00"));
        hours.HasHoursOn(IsoDayOfWeek.Friday).ShouldBeTrue();
        hours.HasHoursOn(IsoDayOfWeek.Saturday).ShouldBeTrue();
        hours.HasHoursOn(IsoDayOfWeek.Sunday).ShouldBeTrue();
        hours.HasHoursOn(IsoDayOfWeek.Monday).ShouldBeTrue();
        hours.HasHoursOn(IsoDayOfWeek.Tuesday).ShouldBeFalse();
        // 4 days × 4 hours = 16 hours.
        hours.NominalWeekTotal.ShouldBe(Duration.FromHours(16));
    }

    [Fact]
    public void Lunch_break_week_totals()
    {
        // (3 + 5) hours × 5 days = 40 hours.
        Weekdays("09:00-12:00", "13:00-18:00").NominalWeekTotal.ShouldBe(Duration.FromHours(40));
    }

    [Fact]
    public void Holidays_are_expanded_and_sorted()
    {
        var calendar = Calendar("UTC", Weekdays("09:00-18:00"), ("2026-02-20", "2026-02-22"), ("2026-01-01", "2026-01-01"), ("2026-02-21", "2026-02-21"));
        calendar.Holidays.ShouldBe([Date("2026-01-01"), Date("2026-02-20"), Date("2026-02-21"), Date("2026-02-22")]);
    }

    [Fact]
    public void Time_zone_ids_are_checked()
    {
        Timestamps.IsKnownTimeZone("Asia/Shanghai").ShouldBeTrue();
        Timestamps.IsKnownTimeZone("Asia/Beijing").ShouldBeFalse();
        Timestamps.IsKnownTimeZone(null).ShouldBeFalse();
    }
}
