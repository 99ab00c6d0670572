using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Date and time patterns for reading: a source's own format (.NET custom format letters, read with
/// NodaTime's invariant-culture patterns), or ISO 8601 with or without an offset.
/// </summary>
internal static class DateTimeFormats
{
    private static readonly string[] IsoLocal =
    [
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF",
        "uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF",
        "uuuu'-'MM'-'dd'T'HH':'mm",
        "uuuu'-'MM'-'dd' 'HH':'mm",
    ];

    /// <summary>ISO 8601 date-times without an offset: local clock times.</summary>
    public static readonly LocalDateTimePattern[] LocalIso =
        IsoLocal.Select(LocalDateTimePattern.CreateWithInvariantCulture).ToArray();

    /// <summary>ISO 8601 date-times with an offset (<c>Z</c>, <c>+08</c>, <c>+08:00</c>).</summary>
    public static readonly OffsetDateTimePattern[] OffsetIso =
        IsoLocal.Select(p => OffsetDateTimePattern.CreateWithInvariantCulture(p + "o<G>")).ToArray();

    /// <summary>
    /// Reads the two commonest shapes of <see cref="LocalIso"/> by hand: <c>2026-03-02 09:05</c> and
    /// <c>2026-03-02T09:05:30</c> (space or <c>T</c>; years 1 to 9999). True only for a text the
    /// patterns read to the same value; false for anything else, which the patterns then read (or refuse).
    /// </summary>
    public static bool TryParseIsoMinutesOrSeconds(ReadOnlySpan<char> text, out LocalDateTime value)
    {
        value = default;
        if (text.Length is not (16 or 19)) return false;
        if (text[4] != '-' || text[7] != '-' || text[10] is not (' ' or 'T') || text[13] != ':') return false;
        if (text.Length == 19 && text[16] != ':') return false;
        if (!TwoDigits(text, 0, out var century) || !TwoDigits(text, 2, out var yy) || !TwoDigits(text, 5, out var month) ||
            !TwoDigits(text, 8, out var day) || !TwoDigits(text, 11, out var hour) || !TwoDigits(text, 14, out var minute))
            return false;
        var second = 0;
        if (text.Length == 19 && !TwoDigits(text, 17, out second)) return false;
        var year = century * 100 + yy;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) ||
            hour > 23 || minute > 59 || second > 59)
            return false;
        value = new LocalDateTime(year, month, day, hour, minute, second);
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        int tens = text[at] - '0', units = text[at + 1] - '0';
        value = tens * 10 + units;
        return (uint)tens <= 9 && (uint)units <= 9;
    }

    /// <summary>The ISO 8601 date pattern, <c>2026-03-02</c>.</summary>
    public static readonly LocalDatePattern IsoDate = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>
    /// A source's format made lenient about leading zeros: each doubled day, month, hour, minute or
    /// second letter (<c>dd MM HH hh mm ss</c>) becomes single, which reads one or two digits. So
    /// <c>d/M/yyyy HH:mm</c> reads both <c>3/1/2016 09:05</c> and <c>3/1/2016 9:05</c>. Quoted text and
    /// backslash escapes are kept as they are.
    /// </summary>
    public static string Relax(string format)
    {
        var sb = new StringBuilder(format.Length);
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            if (c is '\'' or '"')
            {
                var end = format.IndexOf(c, i + 1);
                end = end < 0 ? format.Length - 1 : end;
                sb.Append(format, i, end - i + 1);
                i = end + 1;
                continue;
            }
            if (c == '\\')
            {
                sb.Append(format, i, Math.Min(2, format.Length - i));
                i += 2;
                continue;
            }
            var run = 1;
            while (i + run < format.Length && format[i + run] == c) run++;
            if (run == 2 && c is 'd' or 'M' or 'H' or 'h' or 'm' or 's') sb.Append(c);
            else sb.Append(c, run);
            i += run;
        }
        return sb.ToString();
    }

    /// <summary>
    /// The day a failed parse named that its month does not have, as <c>2026-02-29</c> (from 29/2/2026), or null when
    /// the text failed for another reason.
    /// </summary>
    public static string? MissingDay<T>(IEnumerable<ParseResult<T>> results)
    {
        foreach (var result in results)
        {
            if (result.Success) continue;
            var m = Regex.Match(result.Exception.Message, @"^The day (\d+) is out of range in month (\d+) of year (\d+)\.");
            if (m.Success)
                return $"{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):D4}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture):D2}";
        }
        return null;
    }

    /// <summary>The instant of a local clock time in <paramref name="zone"/>: a time skipped by a daylight-saving change moves forward, a repeated time takes its earlier occurrence.</summary>
    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone) =>
        zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
}
