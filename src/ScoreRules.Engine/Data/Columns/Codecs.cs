using NodaTime;

namespace ScoreRules.Engine.Data.Columns;

/// <summary>A date-time (<see cref="Instant"/>) as 100-nanosecond ticks since 1970-01-01 UTC; one with a finer fraction of a second is not stored.</summary>
internal readonly struct InstantTicks : IColumnCodec<long>
{
    public static long Empty => long.MinValue;

    public static bool TryEncode(object? value, out long stored)
    {
        stored = Empty;
        if (value is null) return true;
        if (value is not Instant instant) return false;
        stored = instant.ToUnixTimeTicks();
        return stored != Empty && Instant.FromUnixTimeTicks(stored) == instant;
    }

    public static object Decode(long stored) => Instant.FromUnixTimeTicks(stored);

    public static bool IsEmpty(long stored) => stored == Empty;
}

/// <summary>
/// A whole number written without decimals (a <see cref="decimal"/> of scale 0 within the range of <see cref="int"/>),
/// such as a count; the small ones share boxes when read.
/// </summary>
internal readonly struct WholeNumber : IColumnCodec<int>
{
    private static readonly object[] Small = Enumerable.Range(0, 1024).Select(i => (object)(decimal)i).ToArray();

    public static int Empty => int.MinValue;

    public static bool TryEncode(object? value, out int stored)
    {
        stored = Empty;
        if (value is null) return true;
        if (value is not decimal d || d.Scale != 0 || d <= int.MinValue || d > int.MaxValue) return false;
        stored = (int)d;
        return true;
    }

    public static object Decode(int stored) => (uint)stored < (uint)Small.Length ? Small[stored] : (decimal)stored;

    public static bool IsEmpty(int stored) => stored == Empty;
}

/// <summary>A yes/no value as 1 or 0 (-1 for empty); reading gives one of two shared boxes.</summary>
internal readonly struct YesNo : IColumnCodec<sbyte>
{
    private static readonly object Yes = true;
    private static readonly object No = false;

    public static sbyte Empty => -1;

    public static bool TryEncode(object? value, out sbyte stored)
    {
        stored = value switch
        {
            null => Empty,
            true => 1,
            false => 0,
            _ => -2,
        };
        return stored != -2;
    }

    public static object Decode(sbyte stored) => stored == 1 ? Yes : No;

    public static bool IsEmpty(sbyte stored) => stored == Empty;
}
