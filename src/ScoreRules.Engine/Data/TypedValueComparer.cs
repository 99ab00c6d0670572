using NodaTime;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Orders typed values of one field: empty (null) first, then numbers numerically, instants and
/// dates chronologically, text by code point (ordinal), false before true.
/// </summary>
internal sealed class TypedValueComparer : IComparer<object?>
{
    /// <summary>The single instance.</summary>
    public static TypedValueComparer Instance { get; } = new();

    /// <inheritdoc/>
    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (decimal a, decimal b) => a.CompareTo(b),
        (Instant a, Instant b) => a.CompareTo(b),
        (LocalDate a, LocalDate b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (bool a, bool b) => a.CompareTo(b),
        _ => string.CompareOrdinal(x.GetType().Name, y.GetType().Name),
    };
}
