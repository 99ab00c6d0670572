namespace ScoreRules.Engine.Sampling;

/// <summary>
/// The draws sample data needs (uniform, chance, weighted choice, normal and log-normal), on a
/// <see cref="Pcg32"/> stream and <see cref="DeterministicMath"/>, so they repeat exactly for a seed.
/// </summary>
internal sealed class SampleRandom
{
    private readonly Pcg32 _pcg;

    /// <summary>The stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public SampleRandom(ulong seed, SampleStream stream) => _pcg = new Pcg32(seed, (ulong)stream);

    /// <summary>Uniform over [0, 1).</summary>
    public double NextDouble() => _pcg.NextDouble();

    /// <summary>Uniform over 0 .. <paramref name="count"/> − 1.</summary>
    public int Next(int count) => count <= 1 ? 0 : (int)_pcg.NextUInt32((uint)count);

    /// <summary>Uniform over <paramref name="min"/> .. <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => max <= min ? min : min + Next(max - min + 1);

    /// <summary>Uniform over [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>True with probability <paramref name="probability"/> (clamped to 0..1).</summary>
    public bool Chance(double probability) => NextDouble() < Math.Clamp(probability, 0.0, 1.0);

    /// <summary>One item of <paramref name="items"/>, each equally likely.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index into <paramref name="weights"/>, each chosen in proportion to its weight (weights ≥ 0, not all 0).</summary>
    public int PickWeighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var point = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            point -= weights[i];
            if (point < 0) return i;
        }
        for (var i = weights.Count - 1; i >= 0; i--)
            if (weights[i] > 0) return i;
        return 0;
    }

    /// <summary>
    /// Approximately standard normal: the sum of twelve uniforms minus 6 (mean 0, variance 1, within ±6),
    /// which needs no logarithm or cosine and so is exact on every machine.
    /// </summary>
    public double Normal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++) sum += NextDouble();
        return sum - 6.0;
    }

    /// <summary>Log-normal with the given median and σ of the logarithm: median · e^(σ·Z).</summary>
    public double LogNormal(double median, double sigma) => median * DeterministicMath.Exp(sigma * Normal());
}
