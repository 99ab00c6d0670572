using NodaTime;
using NodaTime.TimeZones;

namespace ScoreRules.Engine.Calendars;

/// <summary>
/// Turns the time stamps found in data files into <see cref="Instant"/>s, so that a time stamp with an
/// offset (<c>2026-03-27T09:00+01:00</c>) and the same moment written as naive local time in a declared
/// zone (<c>2026-03-27 09:00</c> in Europe/Berlin) give the same instant.
/// </summary>
public static class Timestamps
{
    /// <summary>
    /// The instant of a naive local date and time in <paramref name="zone"/>, resolved leniently:
    /// a time that does not exist because the clocks went forward (in the gap) is moved forward by the
    /// length of the gap (02:30 on a spring-forward night becomes 03:30 summer time); a time that occurs
    /// twice because the clocks went back is taken at its first occurrence (summer time).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static Instant FromLocal(LocalDateTime local, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
    }

    /// <summary>
    /// Like <see cref="FromLocal(LocalDateTime, DateTimeZone)"/>, with the zone named by its IANA id
    /// (for example <c>Asia/Shanghai</c>, <c>Europe/Berlin</c>, <c>UTC</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="timeZoneId"/> is not a known IANA time zone id.</exception>
    public static Instant FromLocal(LocalDateTime local, string timeZoneId) => FromLocal(local, FindZone(timeZoneId));

    /// <summary>The instant of a time stamp that carries its own UTC offset.</summary>
    public static Instant FromOffset(DateTimeOffset value) => Instant.FromDateTimeOffset(value);

    /// <summary>The instant of a time stamp that carries its own UTC offset.</summary>
    public static Instant FromOffset(OffsetDateTime value) => value.ToInstant();

    /// <summary>True when <paramref name="timeZoneId"/> names a zone in the IANA time zone database bundled with NodaTime.</summary>
    public static bool IsKnownTimeZone(string? timeZoneId) =>
        timeZoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null;

    /// <summary>The zone with IANA id <paramref name="timeZoneId"/> (the NodaTime TZDB provider).</summary>
    /// <exception cref="ArgumentException"><paramref name="timeZoneId"/> is null or not a known IANA time zone id.</exception>
    public static DateTimeZone FindZone(string timeZoneId) =>
        (timeZoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId))
        ?? throw new ArgumentException(
            $"'{timeZoneId}' is not a known IANA time zone id (for example Asia/Shanghai, Europe/Berlin, UTC).",
            nameof(timeZoneId));
}
