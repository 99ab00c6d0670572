using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ScoreRules.Engine.Calendars;

/// <summary>
/// One stretch of working time within a day, in the calendar's local time: from <see cref="Start"/>
/// (inclusive) to <see cref="End"/> (exclusive), for example 09:00–12:00.
/// </summary>
/// <remarks>
/// The end of the day is written <c>24:00</c>; it is stored as an <see cref="End"/> of
/// <see cref="LocalTime.Midnight"/> with <see cref="EndsAtMidnight"/> true, so <c>00:00-24:00</c> is a
/// whole day. A range never crosses midnight: a night shift from 22:00 to 06:00 is written as
/// <c>22:00-24:00</c> on one day and <c>00:00-06:00</c> on the next.
/// </remarks>
public readonly record struct WorkingTimeRange
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    // Reads 9:00 as well as 09:00, as the rule language does.
    private static readonly LocalTimePattern ParsePattern = LocalTimePattern.CreateWithInvariantCulture("H:mm");

    /// <summary>Creates a range from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">First working moment, local time.</param>
    /// <param name="end">
    /// First moment after the range, local time; <see cref="LocalTime.Midnight"/> means the end of the
    /// day (24:00).
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="end"/> is not after <paramref name="start"/> (and is not midnight, the end of the day).
    /// </exception>
    public WorkingTimeRange(LocalTime start, LocalTime end)
    {
        if (end != LocalTime.Midnight && end <= start)
        {
            throw new ArgumentException(
                $"A working time range must end after it starts; got {Format(start)}-{Format(end)}. " +
                "Split a range that crosses midnight into one ending at 24:00 and one starting at 00:00 the next day.",
                nameof(end));
        }
        Start = start;
        _endNanosecondOfDay = end == LocalTime.Midnight ? NodaConstants.NanosecondsPerDay : end.NanosecondOfDay;
    }

    // Stored as a nanosecond of the day so that 24:00 is distinct from 00:00 and default(WorkingTimeRange)
    // is an empty range (00:00-00:00), not a whole day.
    private readonly long _endNanosecondOfDay;

    /// <summary>First working moment of the range, local time (inclusive).</summary>
    public LocalTime Start { get; }

    /// <summary>
    /// First moment after the range, local time (exclusive); <see cref="LocalTime.Midnight"/> means the
    /// end of the day (24:00), see <see cref="EndsAtMidnight"/>.
    /// </summary>
    public LocalTime End => EndsAtMidnight ? LocalTime.Midnight : LocalTime.FromNanosecondsSinceMidnight(_endNanosecondOfDay);

    /// <summary>True when the range runs to the end of the day (written <c>24:00</c>).</summary>
    public bool EndsAtMidnight => _endNanosecondOfDay == NodaConstants.NanosecondsPerDay;

    /// <summary>Nominal length on a day without a clock change (the wall-clock length); zero for <c>default</c>.</summary>
    public Duration NominalLength => Duration.FromNanoseconds(EndNanosecondOfDay - Start.NanosecondOfDay);

    /// <summary>Nanosecond of the day at which the range ends; 86 400 × 10⁹ for 24:00.</summary>
    internal long EndNanosecondOfDay => _endNanosecondOfDay;

    /// <summary>Creates a range from hours and minutes; <paramref name="endHour"/> 24 (with minute 0) means the end of the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An hour or minute is out of range.</exception>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public static WorkingTimeRange FromHours(int startHour, int startMinute, int endHour, int endMinute)
    {
        if (endHour == 24)
        {
            if (endMinute != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(endMinute), endMinute, "24:00 is the only time in hour 24.");
            }
            return new WorkingTimeRange(new LocalTime(startHour, startMinute), LocalTime.Midnight);
        }
        return new WorkingTimeRange(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute));
    }

    /// <summary>
    /// Parses <c>HH:mm-HH:mm</c>, e.g. <c>09:00-18:00</c>, <c>9:00-18:00</c> or <c>00:00-24:00</c>. Returns false for any
    /// other text or a range whose end is not after its start.
    /// </summary>
    public static bool TryParse(string? text, out WorkingTimeRange range)
    {
        range = default;
        if (text is null)
        {
            return false;
        }
        var dash = text.IndexOf('-');
        if (dash < 0 || !TryParseTime(text[..dash].Trim(), allowEndOfDay: false, out var start)
            || !TryParseTime(text[(dash + 1)..].Trim(), allowEndOfDay: true, out var end)
            || (end != LocalTime.Midnight && end <= start))
        {
            return false;
        }
        range = new WorkingTimeRange(start, end);
        return true;
    }

    /// <summary>Parses <c>HH:mm-HH:mm</c> like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid range.</exception>
    public static WorkingTimeRange Parse(string text) =>
        TryParse(text, out var range)
            ? range
            : throw new FormatException($"'{text}' is not a working time range like 09:00-18:00.");

    /// <summary>Canonical text <c>HH:mm-HH:mm</c>, with <c>24:00</c> for the end of the day.</summary>
    public override string ToString() =>
        Format(Start) + "-" + (EndsAtMidnight ? "24:00" : Format(End));

    private static string Format(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0
            ? TimePattern.Format(time)
            : time.ToString("HH:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);

    private static bool TryParseTime(string text, bool allowEndOfDay, out LocalTime time)
    {
        if (allowEndOfDay && text == "24:00")
        {
            time = LocalTime.Midnight;
            return true;
        }
        var result = ParsePattern.Parse(text);
        time = result.Success ? result.Value : default;
        return result.Success;
    }
}
