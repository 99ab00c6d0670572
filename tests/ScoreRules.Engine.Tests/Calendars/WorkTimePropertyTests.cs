using NodaTime;
using ScoreRules.Engine.Calendars;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Calendars;

/// <summary>
/// Random spans (fixed seed) around the 2026 clock changes, checked against a second method that walks
/// the span minute by minute and asks, for each real minute, whether its local time is working time.
/// </summary>
public class WorkTimePropertyTests
{
    private const int Cases = 150;

    public static TheoryData<string> Calendars => ["london-office", "new-york-24h"];

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Matches_a_minute_by_minute_count_and_keeps_its_properties(string name)
    {
        var (calendar, isWorking) = Build(name);
        var random = new Random(20260329);
        for (var i = 0; i < Cases; i++)
        {
            var start = RandomMinute(random);
            var maxMinutes = random.Next(5) == 0 ? 40 * 1440 : 4 * 1440;
            var end = start + Duration.FromMinutes(random.Next(maxMinutes + 1));

            var counted = calendar.WorkTime(start, end);

            counted.EndBeforeStart.ShouldBeFalse();
            counted.Minutes.ShouldBe(CountMinutes(calendar.Zone, isWorking, start, end), $"{name} {start} → {end}");
            counted.WorkTime.ShouldBeLessThanOrEqualTo(end - start);

            // Additive over a split at an arbitrary (not minute-aligned) instant.
            var split = start + Duration.FromNanoseconds((long)(random.NextDouble() * (end - start).TotalNanoseconds));
            (calendar.WorkTime(start, split).WorkTime + calendar.WorkTime(split, end).WorkTime).ShouldBe(counted.WorkTime);

            if (end > start)
            {
                calendar.WorkTime(end, start).ShouldBe(new BusinessDuration(Duration.Zero, EndBeforeStart: true));
            }
        }
    }

    private static (BusinessCalendar Calendar, Func<LocalDateTime, bool> IsWorking) Build(string name)
    {
        if (name == "london-office")
        {
            var calendar = Calendar("Europe/London", Weekdays("09:00-12:00", "13:00-18:00"),
                ("2026-03-30", "2026-04-03"), ("2026-10-26", "2026-10-26"));
            var holidays = new HashSet<LocalDate>(calendar.Holidays);
            return (calendar, local =>
                local.DayOfWeek <= IsoDayOfWeek.Friday && !holidays.Contains(local.Date)
                && (local.Hour is >= 9 and < 12 || local.Hour is >= 13 and < 18));
        }
        var aroundTheClock = Calendar("America/New_York", AroundTheClock(),
            ("2026-03-10", "2026-03-10"), ("2026-11-03", "2026-11-03"));
        return (aroundTheClock, local => local.Date != Date("2026-03-10") && local.Date != Date("2026-11-03"));
    }

    private static double CountMinutes(DateTimeZone zone, Func<LocalDateTime, bool> isWorking, Instant start, Instant end)
    {
        var minutes = 0;
        for (var minute = start; minute < end; minute += Duration.FromMinutes(1))
        {
            if (isWorking(minute.InZone(zone).LocalDateTime))
            {
                minutes++;
            }
        }
        return minutes;
    }

    /// <summary>A whole UTC minute in March–April or October–November 2026, where the clocks change.</summary>
    private static Instant RandomMinute(Random random)
    {
        var baseDay = random.Next(2) == 0 ? Utc("2026-03-01 00:00") : Utc("2026-10-15 00:00");
        return baseDay + Duration.FromMinutes(random.Next(50 * 1440));
    }
}
