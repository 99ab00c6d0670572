using NodaTime;
using NodaTime.Text;
using ScoreRules.Engine.Calendars;

namespace ScoreRules.Engine.Tests.Calendars;

/// <summary>Calendars and time stamps shared by the calendar tests.</summary>
internal static class TestCalendars
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    public static WorkingTimeRange Range(string text) => WorkingTimeRange.Parse(text);

    /// <summary>Monday to Friday with the given ranges.</summary>
    public static WeeklyHours Weekdays(params string[] ranges) =>
        WeeklyHours.Empty.Add(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, ranges.Select(Range).ToArray());

    /// <summary>Every day 00:00–24:00.</summary>
    public static WeeklyHours AroundTheClock() =>
        WeeklyHours.Empty.Add(IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday, Range("00:00-24:00"));

    public static BusinessCalendar Calendar(string zoneId, WeeklyHours hours, params (string First, string Last)[] holidays) =>
        new(zoneId, hours, holidays.Select(h => new DateInterval(Date(h.First), Date(h.Last))));

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>The instant of naive local time <paramref name="text"/> ("yyyy-MM-dd HH:mm") in the calendar's zone.</summary>
    public static Instant At(this BusinessCalendar calendar, string text) => calendar.ToInstant(Pattern.Parse(text).Value);

    public static Instant Utc(string text) => Pattern.Parse(text).Value.InUtc().ToInstant();

    public static double Minutes(this BusinessCalendar calendar, string start, string end)
    {
        var duration = calendar.WorkTime(calendar.At(start), calendar.At(end));
        duration.EndBeforeStart.ShouldBeFalse();
        return duration.Minutes;
    }
}
