using NodaTime;
using ScoreRules.Engine.Calendars;

namespace ScoreRules.Engine.Sampling;

/// <summary>Moves forward by working time: the moment a response or fix happens after so many business minutes.</summary>
internal static class BusinessTime
{
    private static readonly Duration Limit = Duration.FromDays(400);

    /// <summary>
    /// The first whole minute at which <paramref name="minutes"/> business minutes of <paramref name="calendar"/>
    /// have passed since <paramref name="start"/>, or null when that takes more than 400 days.
    /// </summary>
    public static Instant? AddWorkMinutes(BusinessCalendar calendar, Instant start, int minutes)
    {
        if (minutes <= 0) return start;
        double Worked(Instant end) => calendar.WorkMinutes(start, end, out _);

        var span = Duration.FromMinutes(Math.Max(minutes, 60));
        while (Worked(start + span) < minutes)
        {
            if (span > Limit) return null;
            span *= 2;
        }
        // Worked(start + low) < minutes <= Worked(start + high), in whole minutes.
        long low = 0, high = (long)span.TotalMinutes;
        while (high - low > 1)
        {
            var mid = low + (high - low) / 2;
            if (Worked(start + Duration.FromMinutes(mid)) >= minutes) high = mid;
            else low = mid;
        }
        return start + Duration.FromMinutes(high);
    }
}
