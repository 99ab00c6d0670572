using System.Globalization;
using System.Text;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Formatting;

/// <summary>Canonical spelling of literals: numbers, percents, texts, names, dates, times and durations.</summary>
internal static class LiteralPrinter
{
    // 28 optional fraction digits: every decimal prints in full, without trailing zeros or exponent.
    private const string DecimalFormat = "0.############################";

    /// <summary><c>4.50</c> → <c>4.5</c>; a percent (value 0.85) → <c>85%</c>.</summary>
    public static string Number(NumberExpression number) =>
        number.IsPercent ? Decimal(number.Value * 100m) + "%" : Decimal(number.Value);

    /// <summary>A decimal without trailing zeros, invariant culture, e.g. <c>-0.3</c>, <c>100</c>.</summary>
    public static string Decimal(decimal value) => value.ToString(DecimalFormat, CultureInfo.InvariantCulture);

    /// <summary><c>30 days</c>, <c>1 hour</c>: the unit is singular only for exactly one.</summary>
    public static string Duration(decimal amount, string pluralUnit)
    {
        var unit = amount == 1m && pluralUnit.EndsWith('s') ? pluralUnit[..^1] : pluralUnit;
        return Decimal(amount) + " " + unit;
    }

    /// <summary>A quoted text with <c>\"</c>, <c>\\</c>, <c>\n</c> and <c>\t</c> escaped.</summary>
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => null,
            } ?? c.ToString());
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A name as written: quoted when it was quoted (a column header with spaces), bare otherwise.</summary>
    public static string Name(Name name) => name.Quoted ? Quote(name.Text) : name.Text;

    /// <summary><c>2026-03-31</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>09:00</c>. The tree cannot hold <c>24:00</c> (it reads as midnight), so a time written as
    /// <c>24:00</c> in <paramref name="written"/> is printed as written.
    /// </summary>
    public static string Time(TimeOnly time, string written) =>
        time == TimeOnly.MinValue && written == "24:00" ? "24:00" : time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
