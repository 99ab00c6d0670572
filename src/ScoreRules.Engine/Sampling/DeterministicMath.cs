namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Functions built only from IEEE 754 addition, multiplication and division, whose results are the same
/// on every processor and runtime. <see cref="Math.Exp"/> comes from the platform's math library and may
/// differ in the last bit between systems, which could change a rounded sample value.
/// </summary>
internal static class DeterministicMath
{
    // ln 2 split in two (Cody and Waite): k · Ln2High is exact for the k used here, so the reduced
    // argument keeps its precision even for large x.
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Ln2 = Ln2High + Ln2Low;

    /// <summary>e^<paramref name="x"/>, accurate to a few units in the last place, for |x| ≤ 700.</summary>
    public static double Exp(double x)
    {
        x = Math.Clamp(x, -700.0, 700.0);
        // x = k·ln2 + r with |r| ≤ ln2/2, so the series below converges fast and 2^k is exact.
        var k = Math.Round(x / Ln2);
        var r = (x - k * Ln2High) - k * Ln2Low;
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 20; n++)
        {
            term = term * r / n;
            sum += term;
        }
        return Math.ScaleB(sum, (int)k);
    }
}
