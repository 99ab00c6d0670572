using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>Builds a <see cref="BusinessCalendar"/> from a bound calendar declaration.</summary>
public static class CalendarFactory
{
    /// <summary>The calendar; an unknown zone (the checker reports it) falls back to UTC.</summary>
    public static BusinessCalendar Build(CalendarModel model)
    {
        var hours = WeeklyHours.Empty;
        foreach (var h in model.Hours)
        {
            var end = h.EndsAtMidnight ? LocalTime.Midnight : LocalTime.FromTimeOnly(h.End);
            hours = hours.Add(ToIso(h.Day), new WorkingTimeRange(LocalTime.FromTimeOnly(h.Start), end));
        }
        var holidays = model.Holidays.Select(d => new DateInterval(LocalDate.FromDateOnly(d.From), LocalDate.FromDateOnly(d.To)));
        var zone = Timestamps.IsKnownTimeZone(model.TimeZone) ? Timestamps.FindZone(model.TimeZone) : DateTimeZone.Utc;
        return new BusinessCalendar(zone, hours, holidays);
    }

    private static IsoDayOfWeek ToIso(DayOfWeek day) => day == DayOfWeek.Sunday ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(int)day;
}
