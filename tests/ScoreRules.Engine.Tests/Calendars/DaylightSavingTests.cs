using NodaTime;
using ScoreRules.Engine.Calendars;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Calendars;

// America/New_York: 2026-03-08 02:00 EST (UTC-5) jumps to 03:00 EDT (UTC-4); 2026-11-01 02:00 EDT falls
// back to 01:00 EST. Europe/Berlin: 2026-03-29 02:00 CET (UTC+1) jumps to 03:00 CEST (UTC+2).
// Europe/London: 2026-03-29 01:00 GMT jumps to 02:00 BST.
public class DaylightSavingTests
{
    private static readonly BusinessCalendar NewYork24h = new("America/New_York", AroundTheClock());
    private static readonly BusinessCalendar Berlin24h = new("Europe/Berlin", AroundTheClock());

    [Fact]
    public void Spring_forward_night_counts_real_hours()
    {
        // Sat 22:00 EST = 03:00Z; Sun 04:00 EDT = 08:00Z: 5 real hours = 300 minutes (not 360).
        NewYork24h.Minutes("2026-03-07 22:00", "2026-03-08 04:00").ShouldBe(300);
    }

    [Fact]
    public void Office_hours_across_the_spring_forward_weekend()
    {
        var office = Calendar("America/New_York", Weekdays("09:00-17:00"));
        // Fri 16:00–17:00 EST = 60, Mon 09:00–10:00 EDT = 60 → 120.
        office.Minutes("2026-03-06 16:00", "2026-03-09 10:00").ShouldBe(120);
    }

    [Fact]
    public void Spring_forward_day_is_23_hours()
    {
        // 2026-03-08 00:00 EST = 05:00Z to 2026-03-09 00:00 EDT = 04:00Z: 23 hours = 1 380 minutes.
        NewYork24h.Minutes("2026-03-08 00:00", "2026-03-09 00:00").ShouldBe(1_380);
    }

    [Fact]
    public void Fall_back_night_counts_real_hours()
    {
        // 00:00 EDT = 04:00Z; 03:00 EST = 08:00Z: 4 real hours = 240 minutes (01:00–02:00 happens twice).
        NewYork24h.Minutes("2026-11-01 00:00", "2026-11-01 03:00").ShouldBe(240);
        // The whole day is 25 hours = 1 500 minutes.
        NewYork24h.Minutes("2026-11-01 00:00", "2026-11-02 00:00").ShouldBe(1_500);
    }

    [Fact]
    public void Whole_month_with_a_clock_change_counts_real_time()
    {
        // March 2026 has 31 days, one of them 23 hours long: 31 × 1 440 − 60 = 44 580 minutes.
        NewYork24h.Minutes("2026-03-01 00:00", "2026-04-01 00:00").ShouldBe(44_580);
        // Office hours in London do not meet the 01:00 change: 22 weekdays in March 2026 × 540 = 11 880.
        Calendar("Europe/London", Weekdays("09:00-18:00")).Minutes("2026-03-01 00:00", "2026-04-01 00:00").ShouldBe(11_880);
    }

    [Fact]
    public void A_century_around_the_clock_is_the_elapsed_time()
    {
        // Second method: with no holidays and every hour working, working time is end − start exactly,
        // whatever the clock changes in between. Ending on 1 July leaves one more spring-forward than
        // fall-back in the span, so the clock changes do not cancel out.
        var start = NewYork24h.At("2000-01-01 00:00");
        var end = NewYork24h.At("2099-07-01 00:00");
        NewYork24h.WorkTime(start, end).WorkTime.ShouldBe(end - start);
    }

    [Fact]
    public void Berlin_spring_forward_night_counts_real_hours()
    {
        // Sat 22:00 CET = 21:00Z; Sun 04:00 CEST = 02:00Z: 5 hours = 300 minutes.
        Berlin24h.Minutes("2026-03-28 22:00", "2026-03-29 04:00").ShouldBe(300);
    }

    [Fact]
    public void Berlin_offset_time_stamps_give_the_same_answer_as_naive_local_times()
    {
        var naive = Berlin24h.Minutes("2026-03-28 22:00", "2026-03-29 04:00");
        var withOffsets = Berlin24h.WorkTime(
            Timestamps.FromOffset(new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.FromHours(1))),
            Timestamps.FromOffset(new DateTimeOffset(2026, 3, 29, 4, 0, 0, TimeSpan.FromHours(2))));
        withOffsets.Minutes.ShouldBe(naive);
        withOffsets.Minutes.ShouldBe(300);
    }

    [Fact]
    public void Berlin_office_hours_across_the_change_with_offsets()
    {
        var office = Calendar("Europe/Berlin", Weekdays("09:00-17:00"));
        // Fri 27th 16:00–17:00 CET = 60, Mon 30th 09:00–10:00 CEST = 60 → 120.
        office.Minutes("2026-03-27 16:00", "2026-03-30 10:00").ShouldBe(120);
        var withOffsets = office.WorkTime(
            Timestamps.FromOffset(new DateTimeOffset(2026, 3, 27, 16, 0, 0, TimeSpan.FromHours(1))),
            Timestamps.FromOffset(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.FromHours(2))));
        withOffsets.Minutes.ShouldBe(120);
    }

    [Fact]
    public void Range_starting_inside_the_gap_starts_when_the_clocks_jump()
    {
        var calendar = new BusinessCalendar(
            "America/New_York", WeeklyHours.Empty.Add(IsoDayOfWeek.Sunday, Range("02:30-03:30")));
        // On 2026-03-08 local 02:30 never happens; by the wall clock the range runs 03:00–03:30 EDT = 30 minutes.
        calendar.Minutes("2026-03-08 00:00", "2026-03-09 00:00").ShouldBe(30);
        // A week later it is an ordinary hour.
        calendar.Minutes("2026-03-15 00:00", "2026-03-16 00:00").ShouldBe(60);
    }

    [Fact]
    public void Naive_local_times_are_resolved_leniently()
    {
        var newYork = Zone("America/New_York");
        // 02:30 does not exist on 2026-03-08: moved forward by the 1-hour gap to 03:30 EDT = 07:30Z.
        Timestamps.FromLocal(new LocalDateTime(2026, 3, 8, 2, 30), newYork).ShouldBe(Utc("2026-03-08 07:30"));
        // 01:30 happens twice on 2026-11-01: the first (EDT) one, 05:30Z.
        Timestamps.FromLocal(new LocalDateTime(2026, 11, 1, 1, 30), "America/New_York").ShouldBe(Utc("2026-11-01 05:30"));
    }
}
