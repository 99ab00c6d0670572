using NodaTime;
using ScoreRules.Engine.Calendars;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Calendars;

// 2026-02-01 is a Sunday: Fri 6, Fri 13, Mon 16, Tue 17.
public class WorkDaysTests
{
    private static readonly BusinessCalendar Office = Calendar("Europe/London", Weekdays("09:00-18:00"));

    private static int Days(BusinessCalendar calendar, string start, string end)
    {
        var days = calendar.WorkDays(calendar.At(start), calendar.At(end), out var endBeforeStart);
        endBeforeStart.ShouldBeFalse();
        return days;
    }

    [Fact]
    public void Friday_to_Tuesday_over_a_Monday_holiday_is_one_business_day()
    {
        var calendar = Calendar("Europe/London", Weekdays("09:00-18:00"), ("2026-02-16", "2026-02-16"));
        // After Fri 13th: Sat, Sun (no hours), Mon 16th (holiday), Tue 17th (working) → 1.
        Days(calendar, "2026-02-13 10:00", "2026-02-17 10:00").ShouldBe(1);
    }

    [Fact]
    public void Friday_to_next_Friday_is_five_business_days()
    {
        // Mon 9 .. Fri 13 → 5; Sat 7 and Sun 8 are skipped.
        Days(Office, "2026-02-06 12:00", "2026-02-13 12:00").ShouldBe(5);
    }

    [Fact]
    public void Same_date_is_zero_business_days()
    {
        Days(Office, "2026-02-02 09:00", "2026-02-02 17:59").ShouldBe(0);
    }

    [Fact]
    public void Time_of_day_does_not_matter()
    {
        // Fri 23:00 → Mon 00:30: Monday is the only working date after Friday → 1.
        Days(Office, "2026-02-06 23:00", "2026-02-09 00:30").ShouldBe(1);
    }

    [Fact]
    public void End_before_start_is_zero_with_the_flag_set()
    {
        Office.WorkDays(Office.At("2026-02-13 10:00"), Office.At("2026-02-09 10:00"), out var flag).ShouldBe(0);
        flag.ShouldBeTrue();
        Office.WorkDays(Date("2026-02-13"), Date("2026-02-09"), out var dateFlag).ShouldBe(0);
        dateFlag.ShouldBeTrue();
    }

    [Fact]
    public void Month_and_holiday_week_are_counted()
    {
        // After Sun 1 Feb through Sun 1 Mar: the 20 weekdays of February.
        Office.WorkDays(Date("2026-02-01"), Date("2026-03-01"), out _).ShouldBe(20);
        // Holidays 16–22 Feb remove the 5 weekdays 16–20 (the weekend 21–22 had no hours anyway) → 15.
        var calendar = Calendar("Europe/London", Weekdays("09:00-18:00"), ("2026-02-16", "2026-02-22"));
        calendar.WorkDays(Date("2026-02-01"), Date("2026-03-01"), out _).ShouldBe(15);
    }

    [Fact]
    public void Whole_year_is_52_weeks_of_five_days()
    {
        // After Thu 2026-01-01 through Thu 2026-12-31: 364 days = 52 weeks → 52 × 5 = 260.
        Office.WorkDays(Date("2026-01-01"), Date("2026-12-31"), out _).ShouldBe(260);
    }

    [Fact]
    public void Dates_are_taken_in_the_calendars_zone()
    {
        var shanghai = Calendar("Asia/Shanghai", Weekdays("09:00-18:00"));
        var utc = Calendar("UTC", Weekdays("09:00-18:00"));
        var start = Utc("2026-02-05 20:00"); // Fri 6th 04:00 in Shanghai, Thu 5th in UTC
        var end = Utc("2026-02-06 20:00");   // Sat 7th 04:00 in Shanghai, Fri 6th in UTC
        // Shanghai: after Fri through Sat → 0. UTC: after Thu through Fri → 1.
        shanghai.WorkDays(start, end, out _).ShouldBe(0);
        utc.WorkDays(start, end, out _).ShouldBe(1);
    }

    [Fact]
    public void IsWorkingDay_needs_hours_and_no_holiday()
    {
        var calendar = Calendar("Europe/London", Weekdays("09:00-18:00"), ("2026-02-16", "2026-02-16"));
        calendar.IsWorkingDay(Date("2026-02-13")).ShouldBeTrue();  // Friday
        calendar.IsWorkingDay(Date("2026-02-14")).ShouldBeFalse(); // Saturday, no hours
        calendar.IsWorkingDay(Date("2026-02-16")).ShouldBeFalse(); // Monday, holiday
        calendar.IsHoliday(Date("2026-02-16")).ShouldBeTrue();
    }
}
