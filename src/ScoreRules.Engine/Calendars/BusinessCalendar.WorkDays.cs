using NodaTime;

namespace ScoreRules.Engine.Calendars;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// Business days from <paramref name="start"/> to <paramref name="end"/>: the number of working days
    /// (see <see cref="IsWorkingDay"/>) strictly after the start's local date, up to and including the
    /// end's local date, both dates taken in <see cref="Zone"/>. The time of day does not matter.
    /// </summary>
    /// <remarks>
    /// This is the count an SLA such as "resolved within 2 business days" compares with: a ticket
    /// created on Friday and resolved the next Tuesday, with Monday a holiday, took 1 business day
    /// (Tuesday); one created and resolved on the same date took 0.
    /// </remarks>
    /// <param name="start">Start instant, e.g. when the ticket was created.</param>
    /// <param name="end">End instant, e.g. when it was resolved.</param>
    /// <param name="endBeforeStart">
    /// True when <paramref name="end"/> is before <paramref name="start"/>; the result is then 0 and the
    /// row deserves a data warning.
    /// </param>
    /// <returns>The number of business days, 0 or more.</returns>
    public int WorkDays(Instant start, Instant end, out bool endBeforeStart)
    {
        endBeforeStart = end < start;
        return endBeforeStart ? 0 : CountWorkingDays(LocalDateOf(Clamp(start)), LocalDateOf(Clamp(end)));
    }

    /// <summary>
    /// Business days from <paramref name="start"/> to <paramref name="end"/>, for data that has dates
    /// without times: the working days strictly after <paramref name="start"/>, up to and including
    /// <paramref name="end"/>. Same definition as <see cref="WorkDays(Instant, Instant, out bool)"/>.
    /// </summary>
    /// <param name="start">Start date (local).</param>
    /// <param name="end">End date (local).</param>
    /// <param name="endBeforeStart">True when <paramref name="end"/> is before <paramref name="start"/> (the result is then 0).</param>
    public int WorkDays(LocalDate start, LocalDate end, out bool endBeforeStart)
    {
        endBeforeStart = end < start;
        return endBeforeStart ? 0 : CountWorkingDays(start, end);
    }

    /// <summary>Working days d with <paramref name="after"/> &lt; d ≤ <paramref name="through"/>.</summary>
    private int CountWorkingDays(LocalDate after, LocalDate through)
    {
        if (through <= after)
        {
            return 0;
        }
        var days = Period.DaysBetween(after, through);
        var count = days / 7 * _workingWeekdays;
        for (var i = days - days % 7 + 1; i <= days; i++)
        {
            if (Hours.HasHoursOn(after.PlusDays(i).DayOfWeek))
            {
                count++;
            }
        }
        for (var i = FirstHolidayAtOrAfter(after.PlusDays(1)); i < _holidays.Length && _holidays[i] <= through; i++)
        {
            if (Hours.HasHoursOn(_holidays[i].DayOfWeek))
            {
                count--;
            }
        }
        return count;
    }
}
