using NodaTime;
using ScoreRules.Engine.Calendars;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Calendars;

// February 2026 in Europe/London is GMT (UTC+0) throughout. 2026-02-01 is a Sunday, so Mon 2, Sat 7,
// Mon 9, Fri 13, Mon 16 .. Fri 20, Mon 23.
public class WorkTimeTests
{
    private static readonly BusinessCalendar Office = Calendar("Europe/London", Weekdays("09:00-18:00"));

    [Fact]
    public void Ticket_created_on_Saturday_counts_from_Monday_opening()
    {
        // Sat 14:00 → Mon 09:10: nothing on the weekend, 09:00–09:10 on Monday = 10 minutes.
        Office.Minutes("2026-02-07 14:00", "2026-02-09 09:10").ShouldBe(10);
    }

    [Fact]
    public void Ticket_created_in_the_evening_counts_from_next_morning()
    {
        // Wed 20:00 → Thu 10:00: Wednesday is closed after 18:00, Thursday 09:00–10:00 = 60 minutes
        // (not 0, and not the 840 minutes of wall-clock time).
        Office.Minutes("2026-02-04 20:00", "2026-02-05 10:00").ShouldBe(60);
    }

    [Fact]
    public void Weekend_is_skipped()
    {
        // Fri 17:00–18:00 = 60, Sat and Sun = 0, Mon 09:00–10:00 = 60 → 120.
        Office.Minutes("2026-02-06 17:00", "2026-02-09 10:00").ShouldBe(120);
    }

    [Fact]
    public void Holiday_range_is_skipped()
    {
        var calendar = Calendar("Europe/London", Weekdays("09:00-18:00"), ("2026-02-16", "2026-02-20"));
        // Fri 13th 17:30–18:00 = 30; the weekend, the holiday week 16–20 and the next weekend = 0;
        // Mon 23rd 09:00–09:45 = 45 → 75.
        calendar.Minutes("2026-02-13 17:30", "2026-02-23 09:45").ShouldBe(75);
    }

    [Fact]
    public void Lunch_break_is_skipped()
    {
        var calendar = Calendar("Europe/London", Weekdays("09:00-12:00", "13:00-18:00"));
        // 11:30–12:00 = 30, lunch 12:00–13:00 = 0, 13:00–13:30 = 30 → 60.
        calendar.Minutes("2026-02-03 11:30", "2026-02-03 13:30").ShouldBe(60);
        // Created during lunch at 12:15: counting starts at 13:00, so 13:00–13:20 = 20.
        calendar.Minutes("2026-02-03 12:15", "2026-02-03 13:20").ShouldBe(20);
    }

    [Fact]
    public void End_after_closing_counts_up_to_closing()
    {
        // Mon 17:00 → Mon 20:00: only 17:00–18:00 is working time = 60.
        Office.Minutes("2026-02-02 17:00", "2026-02-02 20:00").ShouldBe(60);
    }

    [Fact]
    public void Seconds_are_counted_as_fractions_of_a_minute()
    {
        // 09:00:00 → 09:00:30 is half a minute; in hours 0.5 / 60.
        var start = Office.At("2026-02-02 09:00");
        var duration = Office.WorkTime(start, start + Duration.FromSeconds(30));
        duration.Minutes.ShouldBe(0.5);
        duration.Hours.ShouldBe(0.5 / 60);
    }

    [Fact]
    public void Response_before_creation_is_zero_with_the_flag_set()
    {
        var created = Office.At("2026-02-05 10:00");
        var responded = Office.At("2026-02-05 09:00");

        var duration = Office.WorkTime(created, responded);

        duration.WorkTime.ShouldBe(Duration.Zero);
        duration.EndBeforeStart.ShouldBeTrue();
        Office.WorkMinutes(created, responded, out var minutesFlag).ShouldBe(0);
        minutesFlag.ShouldBeTrue();
        Office.WorkHours(created, responded, out var hoursFlag).ShouldBe(0);
        hoursFlag.ShouldBeTrue();
    }

    [Fact]
    public void Same_instant_is_zero_without_the_flag()
    {
        var at = Office.At("2026-02-05 10:00");
        Office.WorkTime(at, at).ShouldBe(new BusinessDuration(Duration.Zero, EndBeforeStart: false));
    }

    [Fact]
    public void WorkHours_is_minutes_divided_by_60()
    {
        // Mon 09:00 → Tue 12:00 = 540 + 180 = 720 minutes = 12 hours.
        var hours = Office.WorkHours(Office.At("2026-02-02 09:00"), Office.At("2026-02-03 12:00"), out var flag);
        hours.ShouldBe(12);
        flag.ShouldBeFalse();
    }

    [Fact]
    public void Whole_month_counts_every_weekday()
    {
        // February 2026 has 20 weekdays (4 full weeks from Sun 1st to Sat 28th): 20 × 540 = 10 800.
        Office.Minutes("2026-02-01 00:00", "2026-03-01 00:00").ShouldBe(10_800);
        // The holiday range 16–22 removes the 5 weekdays 16–20: 15 × 540 = 8 100.
        var calendar = Calendar("Europe/London", Weekdays("09:00-18:00"), ("2026-02-16", "2026-02-22"));
        calendar.Minutes("2026-02-01 00:00", "2026-03-01 00:00").ShouldBe(8_100);
    }

    [Fact]
    public void Night_shift_split_at_midnight_is_continuous()
    {
        var hours = WeeklyHours.Empty
            .Add(IsoDayOfWeek.Monday, Range("22:00-24:00"))
            .Add(IsoDayOfWeek.Tuesday, Range("00:00-06:00"));
        var calendar = new BusinessCalendar("UTC", hours);
        // Mon 23:00–24:00 = 60, Tue 00:00–01:00 = 60 → 120, with no gap or double count at midnight.
        calendar.Minutes("2026-02-02 23:00", "2026-02-03 01:00").ShouldBe(120);
    }

    [Fact]
    public void Calendar_without_hours_counts_nothing()
    {
        var calendar = new BusinessCalendar("UTC", WeeklyHours.Empty);
        calendar.Minutes("2026-02-01 00:00", "2026-03-01 00:00").ShouldBe(0);
    }

    [Fact]
    public void Far_future_sentinel_is_clamped_not_failed()
    {
        // Around the clock in UTC, working time equals elapsed time; 9999-12-31 is clamped to the last
        // supported instant, 9999-12-25T00:00Z.
        var calendar = new BusinessCalendar("UTC", AroundTheClock());
        var start = Utc("2026-01-01 00:00");

        var duration = calendar.WorkTime(start, Utc("9999-12-31 23:59"));

        duration.WorkTime.ShouldBe(Utc("9999-12-25 00:00") - start);
    }

    [Fact]
    public void Unknown_time_zone_is_rejected_with_its_name()
    {
        var error = Should.Throw<ArgumentException>(() => new BusinessCalendar("Mars/Olympus", Weekdays("09:00-18:00")));
        error.Message.ShouldContain("Mars/Olympus");
    }
}
