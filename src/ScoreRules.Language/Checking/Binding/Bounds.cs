namespace ScoreRules.Language.Checking.Binding;

/// <summary>The range a value can take, as far as the checker knows (null = unbounded).</summary>
/// <param name="Min">Lowest possible value, inclusive, or null.</param>
/// <param name="Max">Highest possible value, inclusive, or null.</param>
internal readonly record struct Bounds(decimal? Min, decimal? Max)
{
    /// <summary>Any value.</summary>
    public static Bounds All => new(null, null);

    /// <summary>0 or more (counts, durations).</summary>
    public static Bounds NonNegative => new(0m, null);

    /// <summary>0 to 1 (shares).</summary>
    public static Bounds UnitInterval => new(0m, 1m);

    /// <summary>True when the value is never negative.</summary>
    public bool IsNonNegative => Min is >= 0m;
}
