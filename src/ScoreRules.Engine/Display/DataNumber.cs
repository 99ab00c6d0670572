using System.Globalization;

namespace ScoreRules.Engine.Display;

/// <summary>
/// How a number is written in machine-readable output (JSON and CSV results, diff JSON): the decimal
/// value rounded to <see cref="SignificantDigits"/> significant digits (half away from zero), without
/// trailing zeros, invariant culture, never in exponent notation. JSON and CSV therefore give the same
/// text for the same value, e.g. 14 / 3 → <c>4.66666666666667</c>.
/// </summary>
public static class DataNumber
{
    /// <summary>Significant digits kept (whole numbers with more digits are kept whole): as many as a double holds exactly, so a reader parsing into a double loses nothing further.</summary>
    public const int SignificantDigits = 15;

    /// <summary><paramref name="value"/> rounded to <see cref="SignificantDigits"/> significant digits, with no trailing zeros in its scale (0.30 → 0.3).</summary>
    public static decimal Round(decimal value)
    {
        if (value == 0m) return 0m;
        var integerDigits = 0;
        for (var a = Math.Abs(value); a >= 1m; a /= 10m) integerDigits++;
        var decimals = SignificantDigits - integerDigits;
        if (decimals < 0) decimals = 0;
        if (decimals <= 28)
        {
            // Below 1, count the leading zeros after the point too: 0.000123… keeps 15 digits from the 1.
            if (integerDigits == 0)
                for (var a = Math.Abs(value); a < 0.1m && decimals < 28; a *= 10m) decimals++;
            value = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }
        return value / 1.000000000000000000000000000000000m;
    }

    /// <summary>The text of <see cref="Round"/>(<paramref name="value"/>), e.g. <c>4.66666666666667</c>, <c>100</c>, <c>0.3</c>.</summary>
    public static string Format(decimal value) => Round(value).ToString(CultureInfo.InvariantCulture);
}
