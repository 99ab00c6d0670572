using System.Runtime.CompilerServices;
using NodaTime;

namespace ScoreRules.Engine.Calendars;

public sealed partial class BusinessCalendar
{
    // Spans longer than this many dates are counted from per-weekday totals in the middle.
    private const int DayByDayLimit = 12;

    /// <summary>
    /// Working time from <paramref name="start"/> to <paramref name="end"/>: the real time elapsed inside
    /// working hours on working days. Time before the first working minute counts nothing, so a ticket
    /// created on Saturday starts counting at Monday's opening.
    /// </summary>
    /// <returns>
    /// The working time; zero with <see cref="BusinessDuration.EndBeforeStart"/> set when
    /// <paramref name="end"/> is before <paramref name="start"/>.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BusinessDuration WorkTime(Instant start, Instant end)
    {
        if (end < start)
        {
            return new BusinessDuration(Duration.Zero, EndBeforeStart: true);
        }
        start = Clamp(start);
        end = Clamp(end);
        if (start == end || _workingWeekdays == 0)
        {
            return new BusinessDuration(Duration.Zero, EndBeforeStart: false);
        }
        var startDate = LocalDateOf(start);
        var endDate = LocalDateOf(end);
        // One date either side: a range ending at 24:00 belongs to the date before, and local dates can
        // step back when the clocks go back at midnight.
        var first = Min(startDate, endDate).PlusDays(-1);
        var last = Max(startDate, endDate).PlusDays(1);
        var total = Duration.Zero;
        if (Period.DaysBetween(first, last) <= DayByDayLimit)
        {
            for (var date = first; date <= last; date = date.PlusDays(1))
            {
                total += DayWorkTime(date, start, end);
            }
            return new BusinessDuration(total, EndBeforeStart: false);
        }
        // The first and last four dates are clipped to [start, end]; the dates between lie wholly inside it.
        var middleFirst = first.PlusDays(4);
        var middleLast = last.PlusDays(-4);
        for (var date = first; date < middleFirst; date = date.PlusDays(1))
        {
            total += DayWorkTime(date, start, end);
        }
        total += WholeDaysWorkTime(middleFirst, middleLast);
        for (var date = middleLast.PlusDays(1); date <= last; date = date.PlusDays(1))
        {
            total += DayWorkTime(date, start, end);
        }
        return new BusinessDuration(total, EndBeforeStart: false);
    }

    /// <summary>
    /// Working time from <paramref name="start"/> to <paramref name="end"/> in minutes (fractional, 0 or
    /// more); see <see cref="WorkTime"/>.
    /// </summary>
    /// <param name="start">Start instant, e.g. when the ticket was created.</param>
    /// <param name="end">End instant, e.g. the first response.</param>
    /// <param name="endBeforeStart">
    /// True when <paramref name="end"/> is before <paramref name="start"/>; the result is then 0 and the
    /// row deserves a data warning.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double WorkMinutes(Instant start, Instant end, out bool endBeforeStart)
    {
        var duration = WorkTime(start, end);
        endBeforeStart = duration.EndBeforeStart;
        return duration.Minutes;
    }

    /// <summary>
    /// Working time from <paramref name="start"/> to <paramref name="end"/> in hours (minutes / 60,
    /// fractional, 0 or more); see <see cref="WorkTime"/>.
    /// </summary>
    /// <param name="start">Start instant.</param>
    /// <param name="end">End instant.</param>
    /// <param name="endBeforeStart">True when <paramref name="end"/> is before <paramref name="start"/> (the result is then 0).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double WorkHours(Instant start, Instant end, out bool endBeforeStart)
    {
        var duration = WorkTime(start, end);
        endBeforeStart = duration.EndBeforeStart;
        return duration.Hours;
    }

    /// <summary>Working time on one date, clipped to [<paramref name="start"/>, <paramref name="end"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Duration DayWorkTime(LocalDate date, Instant start, Instant end)
    {
        var ranges = WorkingRanges(date);
        var total = Duration.Zero;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            var from = ranges[i];
            var to = ranges[i + 1];
            if (from < start)
            {
                from = start;
            }
            if (to > end)
            {
                to = end;
            }
            if (to > from)
            {
                total += to - from;
            }
        }
        return total;
    }

    /// <summary>
    /// Working time of every date from <paramref name="from"/> to <paramref name="to"/> inclusive, all
    /// wholly inside the counted span: nominal weekday totals, less holidays, corrected on the dates
    /// when the clocks change.
    /// </summary>
    private Duration WholeDaysWorkTime(LocalDate from, LocalDate to)
    {
        var days = Period.DaysBetween(from, to) + 1;
        var total = Hours.NominalWeekTotal * (days / 7);
        for (var i = days - days % 7; i < days; i++)
        {
            total += Hours.NominalTotal(from.PlusDays(i).DayOfWeek);
        }
        for (var i = FirstHolidayAtOrAfter(from); i < _holidays.Length && _holidays[i] <= to; i++)
        {
            total -= Hours.NominalTotal(_holidays[i].DayOfWeek);
        }
        var span = new Interval(Boundary(from, 0), Boundary(to, NodaConstants.NanosecondsPerDay));
        var changeDates = new HashSet<LocalDate>();
        foreach (var zoneInterval in Zone.GetZoneIntervals(span))
        {
            if (zoneInterval.HasStart && zoneInterval.Start > span.Start)
            {
                changeDates.Add(LocalDateOf(zoneInterval.Start - Duration.Epsilon));
                changeDates.Add(LocalDateOf(zoneInterval.Start));
            }
        }
        foreach (var date in changeDates)
        {
            if (date >= from && date <= to && IsWorkingDay(date))
            {
                total += DayWorkTime(date, Instant.MinValue, Instant.MaxValue) - Hours.NominalTotal(date.DayOfWeek);
            }
        }
        return total;
    }

    private int FirstHolidayAtOrAfter(LocalDate date)
    {
        var index = Array.BinarySearch(_holidays, date);
        return index >= 0 ? index : ~index;
    }
}
