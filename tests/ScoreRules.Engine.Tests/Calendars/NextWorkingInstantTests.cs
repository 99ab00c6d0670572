using NodaTime;
using ScoreRules.Engine.Calendars;
using static ScoreRules.Engine.Tests.Calendars.TestCalendars;

namespace ScoreRules.Engine.Tests.Calendars;

public class NextWorkingInstantTests
{
    private static readonly BusinessCalendar Office =
        Calendar("Europe/London", Weekdays("09:00-12:00", "13:00-18:00"), ("2026-02-16", "2026-02-16"));

    [Theory]
    [InlineData("2026-02-07 14:00", "2026-02-09 09:00")] // Saturday → Monday opening
    [InlineData("2026-02-09 10:15", "2026-02-09 10:15")] // inside hours → itself
    [InlineData("2026-02-09 12:30", "2026-02-09 13:00")] // lunch → afternoon
    [InlineData("2026-02-09 12:00", "2026-02-09 13:00")] // 12:00 is outside (end exclusive)
    [InlineData("2026-02-13 18:00", "2026-02-17 09:00")] // Friday closing → Tuesday, Monday is a holiday
    [InlineData("2026-02-02 06:00", "2026-02-02 09:00")] // early morning → opening
    public void Finds_the_next_working_minute(string at, string expected)
    {
        Office.NextWorkingInstant(Office.At(at)).ShouldBe(Office.At(expected));
    }

    [Fact]
    public void Long_holiday_is_skipped()
    {
        // Holidays cover all of February; the first working day after is Mon 2026-03-02.
        var calendar = Calendar("UTC", Weekdays("09:00-18:00"), ("2026-02-01", "2026-02-28"));
        calendar.NextWorkingInstant(calendar.At("2026-01-30 18:30")).ShouldBe(calendar.At("2026-03-02 09:00"));
    }

    [Fact]
    public void Calendar_without_hours_has_no_working_instant()
    {
        new BusinessCalendar("UTC", WeeklyHours.Empty).NextWorkingInstant(Utc("2026-02-02 09:00")).ShouldBeNull();
    }
}
