using System.Text;
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

    /// <summary>The instant of a local clock time in <paramref name="zone"/>: a time skipped by a daylight-saving change moves forward, a repeated time takes its earlier occurrence.</summary>
    public static Instant ToInstant(LocalDateTime local, DateTimeZone zone) =>
        zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
}
