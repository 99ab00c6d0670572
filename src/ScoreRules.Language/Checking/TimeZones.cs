using NodaTime;

namespace ScoreRules.Language.Checking;

/// <summary>IANA time zone names, from the time zone database built into NodaTime (the same on every machine).</summary>
internal static class TimeZones
{
    /// <summary>True when <paramref name="id"/> names a zone, e.g. <c>Asia/Taipei</c> (links such as <c>Asia/Calcutta</c> included).</summary>
    public static bool IsKnown(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    /// <summary>Every zone id, for "did you mean" hints.</summary>
    public static IEnumerable<string> Ids => DateTimeZoneProviders.Tzdb.Ids;
}
