using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using NodaTime;
using NodaTime.TimeZones;

namespace ScoreRules.Engine.Calendars;

/// <summary>
/// Business hours of a service desk: a time zone, the working hours of an ordinary week and a set of
/// holidays. Counts working time between two instants (for FRT, MTTR and SLA metrics) and working days
/// (for SLAs stated in business days). Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// Working hours are local time in <see cref="Zone"/>. On each local date that is a working day, every
/// <see cref="WorkingTimeRange"/> becomes an interval of real time, its ends converted with the UTC offset
/// in force at that local time, so days on which the clocks change count real elapsed time (a 00:00–24:00
/// day is 23 hours long when the clocks go forward and 25 hours when they go back).
/// </para>
/// <para>
/// A range end that falls in a spring-forward gap (a local time that does not exist) is moved to the
/// moment the clocks jump; one that falls in a fall-back overlap (a local time that happens twice) is
/// taken at its first occurrence. This keeps the mapping in order, so adjacent ranges neither overlap
/// nor leave a hole. Time stamps in data are converted with <see cref="Timestamps.FromLocal(LocalDateTime, DateTimeZone)"/>.
/// </para>
/// <para>
/// Dates are supported from 0001-01-02 to 9999-12-30; instants outside that span are clamped to it.
/// </para>
/// </remarks>
public sealed partial class BusinessCalendar
{
    // Gap: the moment the clocks jump; overlap: the first occurrence. Unlike the lenient resolver this
    // never maps a later local time to an earlier instant, so every range keeps a non-negative length.
    private static readonly ZoneLocalMappingResolver BoundaryResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    // Far enough inside NodaTime's range that a local date a few days either side is still valid.
    private static readonly Instant FirstSupportedInstant = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant LastSupportedInstant = Instant.FromUtc(9999, 12, 25, 0, 0);

    private readonly LocalDate[] _holidays;
    private readonly HashSet<LocalDate> _holidaySet;
    private readonly int _workingWeekdays;

    // The working ranges of each date asked about, as instants; a cache, so that counting working time for
    // many tickets resolves each local boundary in the zone only once. Safe to share between threads.
    private readonly ConcurrentDictionary<LocalDate, Instant[]> _workingRanges = new();
    private readonly Func<LocalDate, Instant[]> _computeWorkingRanges;

    /// <summary>Creates a calendar in the zone with IANA id <paramref name="timeZoneId"/>.</summary>
    /// <param name="timeZoneId">IANA time zone id, e.g. <c>Asia/Shanghai</c>, <c>Europe/London</c>, <c>UTC</c>.</param>
    /// <param name="hours">Working hours of an ordinary week.</param>
    /// <param name="holidays">
    /// Days off, each a range of local dates with both ends included (<c>new DateInterval(d, d)</c> for one
    /// day); null or empty for none. Overlapping ranges are allowed.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="timeZoneId"/> is not a known IANA time zone id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    public BusinessCalendar(string timeZoneId, WeeklyHours hours, IEnumerable<DateInterval>? holidays = null)
        : this(Timestamps.FindZone(timeZoneId), hours, holidays)
    {
    }

    /// <summary>Creates a calendar in <paramref name="zone"/>.</summary>
    /// <param name="zone">Time zone in which the working hours and holidays are local.</param>
    /// <param name="hours">Working hours of an ordinary week.</param>
    /// <param name="holidays">
    /// Days off, each a range of local dates with both ends included; null or empty for none.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="hours"/> is null.</exception>
    public BusinessCalendar(DateTimeZone zone, WeeklyHours hours, IEnumerable<DateInterval>? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        Zone = zone;
        Hours = hours;
        _computeWorkingRanges = ComputeWorkingRanges;
        _holidaySet = [];
        foreach (var range in holidays ?? [])
        {
            foreach (var day in range)
            {
                _holidaySet.Add(day);
            }
        }
        _holidays = _holidaySet.Order().ToArray();
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            if (hours.HasHoursOn(day))
            {
                _workingWeekdays++;
            }
        }
    }

    /// <summary>Time zone in which the working hours and holidays are local.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Working hours of an ordinary week.</summary>
    public WeeklyHours Hours { get; }

    /// <summary>All holiday dates, ranges expanded, ascending, without duplicates.</summary>
    public IReadOnlyList<LocalDate> Holidays => _holidays;

    /// <summary>True when <paramref name="date"/> is one of the calendar's holidays.</summary>
    public bool IsHoliday(LocalDate date) => _holidaySet.Contains(date);

    /// <summary>
    /// True when <paramref name="date"/> is a working day: its day of the week has working hours and it
    /// is not a holiday.
    /// </summary>
    public bool IsWorkingDay(LocalDate date) => Hours.HasHoursOn(date.DayOfWeek) && !IsHoliday(date);

    /// <summary>
    /// The first working instant at or after <paramref name="instant"/>: the instant itself when it is
    /// inside working hours, otherwise the start of the next working range (the next morning, or the
    /// first working day after a weekend or holidays).
    /// </summary>
    /// <returns>The instant, or null when the calendar has no working hours on any day of the week.</returns>
    public Instant? NextWorkingInstant(Instant instant)
    {
        if (_workingWeekdays == 0)
        {
            return null;
        }
        instant = Clamp(instant);
        var date = LocalDateOf(instant).PlusDays(-1);
        // Within any 7 dates after the last holiday there is a working day; a few more cover a date whose
        // only working range lies inside a clock change. The limit only guards the loop.
        var lastHoliday = _holidays.Length > 0 && _holidays[^1] > date ? _holidays[^1] : date;
        var limit = Min(lastHoliday, LocalDateOf(LastSupportedInstant)).PlusDays(16);
        for (; date <= limit; date = date.PlusDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }
            var spans = Hours.Spans(date.DayOfWeek);
            for (var i = 0; i < spans.Length; i += 2)
            {
                var start = Boundary(date, spans[i]);
                var end = Boundary(date, spans[i + 1]);
                if (end > start && end > instant)
                {
                    return start > instant ? start : instant;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The instant of a naive local date and time in this calendar's zone, resolved leniently (see
    /// <see cref="Timestamps.FromLocal(LocalDateTime, DateTimeZone)"/>).
    /// </summary>
    public Instant ToInstant(LocalDateTime local) => Timestamps.FromLocal(local, Zone);

    /// <summary>The instant at which a working range boundary (nanosecond of the day, 24:00 allowed) on <paramref name="date"/> falls.</summary>
    private Instant Boundary(LocalDate date, long nanosecondOfDay)
    {
        var local = nanosecondOfDay == NodaConstants.NanosecondsPerDay
            ? date.PlusDays(1).AtMidnight()
            : date + LocalTime.FromNanosecondsSinceMidnight(nanosecondOfDay);
        return Zone.ResolveLocal(local, BoundaryResolver).ToInstant();
    }

    /// <summary>
    /// The working ranges of <paramref name="date"/> as instants, start and end in turn (start₀, end₀, start₁, end₁, …),
    /// each end from <see cref="Boundary"/>; empty when the date is not a working day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Instant[] WorkingRanges(LocalDate date) => _workingRanges.GetOrAdd(date, _computeWorkingRanges);

    private Instant[] ComputeWorkingRanges(LocalDate date)
    {
        if (!IsWorkingDay(date))
        {
            return [];
        }
        var spans = Hours.Spans(date.DayOfWeek);
        var ranges = new Instant[spans.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            ranges[i] = Boundary(date, spans[i]);
        }
        return ranges;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LocalDate LocalDateOf(Instant instant) => instant.InZone(Zone).Date;

    private static Instant Clamp(Instant instant) =>
        instant < FirstSupportedInstant ? FirstSupportedInstant
        : instant > LastSupportedInstant ? LastSupportedInstant
        : instant;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
