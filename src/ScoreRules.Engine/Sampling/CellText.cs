using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Writes a generated value as the text a field reads back: dates and times in the field's format (or
/// ISO 8601, local time in the policy's zone), numbers with a dot and no thousands separators, bools
/// as true/false, and for a field with a <c>map</c> the answer that maps to the value.
/// </summary>
internal static class CellText
{
    private static readonly LocalDateTimePattern IsoMoment = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly LocalDatePattern IsoDay = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>The text of <paramref name="value"/> (not null) for <paramref name="field"/>, or null when the value does not fit the field's type.</summary>
    public static string? Format(object value, FieldModel field, DateTimeZone zone)
    {
        if (field.Map is { Count: > 0 } map) return Answer(value, field.Type, map);
        return field.Type switch
        {
            FieldType.Text => Text(value, zone),
            FieldType.Int => Whole(value)?.ToString(CultureInfo.InvariantCulture),
            FieldType.Number => Decimal(value) is { } d ? d.ToString("0.##########", CultureInfo.InvariantCulture) : null,
            FieldType.Bool => Flag(value) is { } b ? (b ? "true" : "false") : null,
            FieldType.Date => Date(value, zone) is { } day ? DatePattern(field.Format).Format(day) : null,
            FieldType.DateTime => Moment(value, zone) is { } moment ? MomentPattern(field.Format).Format(moment) : null,
            _ => Text(value, zone),
        };
    }

    // A format the reader cannot use either is reported when the data is read; here ISO 8601 stands in.
    private static LocalDatePattern DatePattern(string? format)
    {
        if (format is null) return IsoDay;
        try { return LocalDatePattern.CreateWithInvariantCulture(format); }
        catch (InvalidPatternException) { return IsoDay; }
    }

    private static LocalDateTimePattern MomentPattern(string? format)
    {
        if (format is null) return IsoMoment;
        try { return LocalDateTimePattern.CreateWithInvariantCulture(format); }
        catch (InvalidPatternException) { return IsoMoment; }
    }

    /// <summary>
    /// The answer of <paramref name="map"/> that gives <paramref name="value"/>; for a number without an exact
    /// answer, the answer at the same rank among the answers ordered by value (level 4 of 1–5 on a 3-answer map is the middle one).
    /// </summary>
    private static string? Answer(object value, FieldType type, IReadOnlyDictionary<string, object?> map)
    {
        foreach (var (answer, mapped) in map)
            if (mapped is not null && Same(mapped, value)) return answer;
        if (Decimal(value) is { } number)
        {
            var numeric = map.Where(m => m.Value is decimal).OrderBy(m => (decimal)m.Value!).ToList();
            if (numeric.Count > 0)
            {
                var rank = (int)Math.Clamp(Math.Round((number - 1) / 4m * (numeric.Count - 1), MidpointRounding.AwayFromZero), 0, numeric.Count - 1);
                return numeric[rank].Key;
            }
        }
        return type == FieldType.Text ? map.Keys.FirstOrDefault() : null;
    }

    private static bool Same(object mapped, object value) => (mapped, value) switch
    {
        (decimal m, _) => Decimal(value) == m,
        (bool m, bool v) => m == v,
        (string m, string v) => string.Equals(m, v, StringComparison.Ordinal),
        _ => false,
    };

    private static string Text(object value, DateTimeZone zone) => value switch
    {
        string s => s,
        Instant i => IsoMoment.Format(i.InZone(zone).LocalDateTime),
        LocalDate d => IsoDay.Format(d),
        bool b => b ? "true" : "false",
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static long? Whole(object value) => value switch
    {
        int n => n,
        long n => n,
        decimal d => (long)Math.Round(d, MidpointRounding.AwayFromZero),
        bool b => b ? 1 : 0,
        _ => null,
    };

    private static decimal? Decimal(object value) => value switch
    {
        int n => n,
        long n => n,
        decimal d => d,
        bool b => b ? 1 : 0,
        _ => null,
    };

    private static bool? Flag(object value) => value switch
    {
        bool b => b,
        int n => n > 0,
        decimal d => d > 0,
        _ => null,
    };

    private static LocalDate? Date(object value, DateTimeZone zone) => value switch
    {
        LocalDate d => d,
        Instant i => i.InZone(zone).Date,
        _ => null,
    };

    private static LocalDateTime? Moment(object value, DateTimeZone zone) => value switch
    {
        Instant i => i.InZone(zone).LocalDateTime,
        LocalDate d => d.AtMidnight(),
        _ => null,
    };
}
