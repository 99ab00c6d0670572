using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Binding;

/// <summary>An interval of numbers; a null end is unbounded (and then open).</summary>
/// <param name="Low">Lower end, or null for minus infinity.</param>
/// <param name="LowClosed">True when <paramref name="Low"/> itself belongs to the interval.</param>
/// <param name="High">Upper end, or null for plus infinity.</param>
/// <param name="HighClosed">True when <paramref name="High"/> itself belongs to the interval.</param>
internal readonly record struct Interval(decimal? Low, bool LowClosed, decimal? High, bool HighClosed)
{
    /// <summary>True when no number is in it.</summary>
    public bool IsEmpty => Low is { } l && High is { } h && (l > h || l == h && !(LowClosed && HighClosed));

    /// <summary>"below 30", "30 or more", "from 30 up to (not including) 45", "exactly 5" …</summary>
    public string Describe()
    {
        string N(decimal v) => Wording.Number(v);
        return (Low, High) switch
        {
            (null, null) => "every value",
            (null, { } h) => HighClosed ? $"{N(h)} or below" : $"below {N(h)}",
            ({ } l, null) => LowClosed ? $"{N(l)} or more" : $"above {N(l)}",
            ({ } l, { } h) when l == h => $"exactly {N(l)}",
            ({ } l, { } h) => (LowClosed, HighClosed) switch
            {
                (true, true) => $"from {N(l)} to {N(h)}",
                (true, false) => $"from {N(l)} up to (not including) {N(h)}",
                (false, true) => $"above {N(l)} up to {N(h)}",
                _ => $"between {N(l)} and {N(h)} (both excluded)",
            },
        };
    }
}

/// <summary>
/// A set of numbers as sorted, disjoint intervals: what the bands of a score rule cover, and what
/// they leave out. Exact (decimal ends, open and closed), so <c>&lt; 30</c> and <c>&gt;= 30</c> meet
/// without a gap.
/// </summary>
internal sealed class ValueSet
{
    private ValueSet(IReadOnlyList<Interval> intervals) => Intervals = intervals;

    /// <summary>The intervals, sorted and disjoint.</summary>
    public IReadOnlyList<Interval> Intervals { get; }

    /// <summary>No value.</summary>
    public static ValueSet Empty { get; } = new([]);

    /// <summary>Every value.</summary>
    public static ValueSet All { get; } = new([new Interval(null, false, null, false)]);

    /// <summary>True when it holds no value.</summary>
    public bool IsEmpty => Intervals.Count == 0;

    /// <summary>The values that satisfy <c>value op bound</c>.</summary>
    public static ValueSet Where(CompareOp op, decimal bound) => op switch
    {
        CompareOp.Less => Of(new Interval(null, false, bound, false)),
        CompareOp.LessOrEqual => Of(new Interval(null, false, bound, true)),
        CompareOp.Greater => Of(new Interval(bound, false, null, false)),
        CompareOp.GreaterOrEqual => Of(new Interval(bound, true, null, false)),
        CompareOp.Equal => Of(new Interval(bound, true, bound, true)),
        _ => Of(new Interval(null, false, bound, false), new Interval(bound, false, null, false)),
    };

    /// <summary>The values within <paramref name="bounds"/>.</summary>
    public static ValueSet Of(Bounds bounds) => Of(new Interval(bounds.Min, bounds.Min is not null, bounds.Max, bounds.Max is not null));

    /// <summary>The union of some intervals.</summary>
    public static ValueSet Of(params Interval[] intervals) => new(Normalize(intervals));

    /// <summary>Values in either set.</summary>
    public ValueSet Union(ValueSet other) => new(Normalize([.. Intervals, .. other.Intervals]));

    /// <summary>Values in both sets.</summary>
    public ValueSet Intersect(ValueSet other)
    {
        var result = new List<Interval>();
        foreach (var a in Intervals)
            foreach (var b in other.Intervals)
            {
                var (low, lowClosed) = MaxLow(a, b);
                var (high, highClosed) = MinHigh(a, b);
                var i = new Interval(low, lowClosed, high, highClosed);
                if (!i.IsEmpty) result.Add(i);
            }
        return new(Normalize(result));
    }

    /// <summary>Values in this set but not in <paramref name="other"/>.</summary>
    public ValueSet Minus(ValueSet other) => Intersect(other.Complement());

    /// <summary>Values not in this set.</summary>
    public ValueSet Complement()
    {
        var result = new List<Interval>();
        decimal? cursor = null;
        var cursorClosed = false;
        var atStart = true;
        foreach (var i in Intervals)
        {
            if (i.Low is { } low)
            {
                var gap = new Interval(atStart ? null : cursor, !atStart && cursorClosed, low, !i.LowClosed);
                if (!gap.IsEmpty) result.Add(gap);
            }
            if (i.High is null) return new(result);
            cursor = i.High;
            cursorClosed = !i.HighClosed;
            atStart = false;
        }
        result.Add(new Interval(atStart ? null : cursor, !atStart && cursorClosed, null, false));
        return new(result);
    }

    /// <summary>"below 30 and 60 or more".</summary>
    public string Describe() => Wording.List(Intervals.Select(i => i.Describe()));

    private static (decimal?, bool) MaxLow(Interval a, Interval b)
    {
        if (a.Low is null) return (b.Low, b.LowClosed);
        if (b.Low is null) return (a.Low, a.LowClosed);
        if (a.Low != b.Low) return a.Low > b.Low ? (a.Low, a.LowClosed) : (b.Low, b.LowClosed);
        return (a.Low, a.LowClosed && b.LowClosed);
    }

    private static (decimal?, bool) MinHigh(Interval a, Interval b)
    {
        if (a.High is null) return (b.High, b.HighClosed);
        if (b.High is null) return (a.High, a.HighClosed);
        if (a.High != b.High) return a.High < b.High ? (a.High, a.HighClosed) : (b.High, b.HighClosed);
        return (a.High, a.HighClosed && b.HighClosed);
    }

    private static List<Interval> Normalize(IEnumerable<Interval> intervals)
    {
        var sorted = intervals.Where(i => !i.IsEmpty)
            .OrderBy(i => i.Low is null ? 0 : 1).ThenBy(i => i.Low ?? 0m).ThenBy(i => i.LowClosed ? 0 : 1)
            .ToList();
        var merged = new List<Interval>();
        foreach (var i in sorted)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                var touches = last.High is null
                    || i.Low is null
                    || last.High > i.Low
                    || last.High == i.Low && (last.HighClosed || i.LowClosed);
                if (touches)
                {
                    var (high, highClosed) = last.High is null || i.High is null ? (null, false)
                        : last.High > i.High ? (last.High, last.HighClosed)
                        : i.High > last.High ? (i.High, i.HighClosed)
                        : (last.High, last.HighClosed || i.HighClosed);
                    merged[^1] = last with { High = high, HighClosed = highClosed };
                    continue;
                }
            }
            merged.Add(i);
        }
        return merged;
    }
}
