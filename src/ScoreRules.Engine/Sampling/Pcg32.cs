using System.Numerics;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// The PCG32 random number generator (O'Neill, "PCG: A Family of Simple Fast Space-Efficient Statistically
/// Good Algorithms for Random Number Generation", 2014; variant XSH RR: 64-bit state, 32-bit output),
/// seeded as the reference <c>pcg32_srandom_r(seed, stream)</c> does. Unlike <see cref="System.Random"/>,
/// whose sequence for a seed may change between .NET versions, the sequence here is fixed by the formula
/// alone, so a seed gives the same sample data on every machine and runtime. Not for cryptography.
/// </summary>
public sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;

    private readonly ulong _increment;
    private ulong _state;

    /// <summary>Starts the sequence of <paramref name="seed"/> on <paramref name="stream"/>.</summary>
    /// <param name="seed">The starting state (any value).</param>
    /// <param name="stream">Which of 2^63 independent sequences to use (any value; the top bit is ignored).</param>
    public Pcg32(ulong seed, ulong stream)
    {
        _increment = (stream << 1) | 1UL;
        _state = 0;
        NextUInt32();
        _state = unchecked(_state + seed);
        NextUInt32();
    }

    /// <summary>The next value, uniform over 0 .. 2^32 − 1.</summary>
    public uint NextUInt32()
    {
        var old = _state;
        _state = unchecked(old * Multiplier + _increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return BitOperations.RotateRight(xorShifted, rotation);
    }

    /// <summary>A value uniform over 0 .. <paramref name="bound"/> − 1, without modulo bias (the reference <c>pcg32_boundedrand_r</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is 0.</exception>
    public uint NextUInt32(uint bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var threshold = unchecked(0u - bound) % bound;
        while (true)
        {
            var r = NextUInt32();
            if (r >= threshold) return r % bound;
        }
    }

    /// <summary>A value uniform over [0, 1) with 32 bits of resolution.</summary>
    public double NextDouble() => NextUInt32() * (1.0 / 4294967296.0);
}
