using NodaTime;

namespace ScoreRules.Engine.Calendars;

/// <summary>
/// Working hours of an ordinary week: for each <see cref="IsoDayOfWeek"/>, the local time ranges worked
/// that day (for example Monday to Friday 09:00–12:00 and 13:00–18:00). Immutable; build it with
/// <see cref="Add(IsoDayOfWeek, IsoDayOfWeek, WorkingTimeRange[])"/>.
/// </summary>
/// <remarks>
/// Ranges given for the same day are united: overlapping or touching ranges (09:00–12:00 and
/// 11:00–13:00) count once, as 09:00–13:00. Empty ranges are ignored. A day with no range is not a
/// working day.
/// </remarks>
public sealed class WeeklyHours
{
    private static readonly long[] NoRanges = [];

    // Indexed by (int)IsoDayOfWeek, 1 (Monday) .. 7 (Sunday); each array holds start/end pairs in
    // nanoseconds of the day, sorted, disjoint and not touching.
    private readonly long[][] _days;

    private WeeklyHours(long[][] days)
    {
        _days = days;
        NominalWeekTotal = Duration.Zero;
        for (var day = 1; day <= 7; day++)
        {
            NominalWeekTotal += NominalTotal((IsoDayOfWeek)day);
        }
    }

    /// <summary>A week with no working hours at all.</summary>
    public static WeeklyHours Empty { get; } = new(Enumerable.Repeat(NoRanges, 8).ToArray());

    /// <summary>Nominal working time of a whole week (wall-clock, ignoring clock changes and holidays).</summary>
    public Duration NominalWeekTotal { get; }

    /// <summary>
    /// Returns a copy with <paramref name="ranges"/> added to every day from <paramref name="first"/> to
    /// <paramref name="last"/> inclusive. The day range may wrap over the week's end: Friday..Monday
    /// means Friday, Saturday, Sunday and Monday.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A day is <see cref="IsoDayOfWeek.None"/> or not a defined value.</exception>
    public WeeklyHours Add(IsoDayOfWeek first, IsoDayOfWeek last, params WorkingTimeRange[] ranges)
    {
        CheckDay(first, nameof(first));
        CheckDay(last, nameof(last));
        ArgumentNullException.ThrowIfNull(ranges);
        var days = (long[][])_days.Clone();
        var day = (int)first;
        while (true)
        {
            days[day] = Merge(days[day], ranges);
            if (day == (int)last)
            {
                break;
            }
            day = day == 7 ? 1 : day + 1;
        }
        return new WeeklyHours(days);
    }

    /// <summary>Returns a copy with <paramref name="ranges"/> added to one day of the week.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or not a defined value.</exception>
    public WeeklyHours Add(IsoDayOfWeek day, params WorkingTimeRange[] ranges) => Add(day, day, ranges);

    /// <summary>The united working ranges of <paramref name="day"/>, in order; empty on a day off.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or not a defined value.</exception>
    public IReadOnlyList<WorkingTimeRange> On(IsoDayOfWeek day)
    {
        CheckDay(day, nameof(day));
        var spans = _days[(int)day];
        var result = new WorkingTimeRange[spans.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var end = spans[2 * i + 1];
            result[i] = new WorkingTimeRange(
                LocalTime.FromNanosecondsSinceMidnight(spans[2 * i]),
                end == NodaConstants.NanosecondsPerDay ? LocalTime.Midnight : LocalTime.FromNanosecondsSinceMidnight(end));
        }
        return result;
    }

    /// <summary>True when <paramref name="day"/> has at least one working range.</summary>
    public bool HasHoursOn(IsoDayOfWeek day) => Spans(day).Length > 0;

    /// <summary>Nominal working time of <paramref name="day"/> (wall-clock length, ignoring clock changes).</summary>
    public Duration NominalTotal(IsoDayOfWeek day)
    {
        var spans = Spans(day);
        long total = 0;
        for (var i = 0; i < spans.Length; i += 2)
        {
            total += spans[i + 1] - spans[i];
        }
        return Duration.FromNanoseconds(total);
    }

    /// <summary>Start/end pairs in nanoseconds of the day (end of day = 86 400 × 10⁹), sorted and disjoint.</summary>
    internal long[] Spans(IsoDayOfWeek day)
    {
        CheckDay(day, nameof(day));
        return _days[(int)day];
    }

    private static long[] Merge(long[] existing, WorkingTimeRange[] added)
    {
        var all = new List<(long Start, long End)>(existing.Length / 2 + added.Length);
        for (var i = 0; i < existing.Length; i += 2)
        {
            all.Add((existing[i], existing[i + 1]));
        }
        foreach (var range in added)
        {
            if (range.EndNanosecondOfDay > range.Start.NanosecondOfDay)
            {
                all.Add((range.Start.NanosecondOfDay, range.EndNanosecondOfDay));
            }
        }
        all.Sort();
        var merged = new List<long>(all.Count * 2);
        foreach (var (start, end) in all)
        {
            if (merged.Count > 0 && start <= merged[^1])
            {
                merged[^1] = Math.Max(merged[^1], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }
        return merged.ToArray();
    }

    private static void CheckDay(IsoDayOfWeek day, string parameter)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(parameter, day, "Expected a day from Monday to Sunday.");
        }
    }
}
