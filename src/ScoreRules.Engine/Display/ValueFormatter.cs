using System.Globalization;

namespace ScoreRules.Engine.Display;

/// <summary>
/// The one place that turns values into display text, so a value reads the same in tables, charts,
/// explanations and PDCA texts. Rounding is half away from zero and happens only here.
/// <list type="bullet">
/// <item><c>percent</c>: the ratio × 100 with one decimal, e.g. 0.625 → "62.5 %".</item>
/// <item><c>minutes</c> → "27.5 min", <c>hours</c> → "3.2 h", <c>days</c> → "1.5 d": one decimal.</item>
/// <item><c>count</c>: up to one decimal, e.g. 3 → "3".</item>
/// <item>anything else: up to two decimals followed by the unit text, e.g. 4.375 with "/5" → "4.38 /5".</item>
/// </list>
/// </summary>
public static class ValueFormatter
{
    /// <summary>Display text of <paramref name="value"/> in <paramref name="unit"/>; "no data" for null.</summary>
    public static string Format(decimal? value, string? unit) => value is not { } v ? "no data" : unit switch
    {
        "percent" => Number(v * 100m, 1) + " %",
        "minutes" => Number(v, 1) + " min",
        "hours" => Number(v, 1) + " h",
        "days" => Number(v, 1) + " d",
        "count" or null or "" => Number(v, unit == "count" ? 1 : 2),
        _ => Number(v, 2) + " " + unit,
    };

    /// <summary>The decimals a bare number of this unit is shown with: 1 for percent (as a ratio: 3), minutes, hours, days and count; 2 otherwise.</summary>
    public static int Decimals(string? unit) => unit switch
    {
        "percent" => 3,
        "minutes" or "hours" or "days" or "count" => 1,
        _ => 2,
    };

    /// <summary>A number rounded to <paramref name="decimals"/> places without trailing zeros, invariant culture.</summary>
    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', Math.Max(decimals, 0)), CultureInfo.InvariantCulture);

    /// <summary>Points of a score or contribution with one decimal, e.g. 66.67 → "66.7".</summary>
    public static string Points(decimal? value) => value is { } v ? Number(v, 1) : "—";

    /// <summary>A target for people, in the metric's unit: "&gt;= 85 %", "&lt; 30 min", "&gt;= 4.5 /5".</summary>
    /// <param name="target">The target as bound from the rules.</param>
    /// <param name="unit">The metric's unit; null takes the target's own unit.</param>
    public static string Target(ScoreRules.Language.Model.TargetModel target, string? unit)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{ScoreRules.Language.Syntax.CompareOpExtensions.ToSymbol(target.Operator)} {Format(target.Value, unit ?? target.Unit)}";
    }

    /// <summary>A weight (ratio) as a percent, e.g. 0.125 → "12.5 %".</summary>
    public static string Weight(decimal weight) => Number(weight * 100m, 2) + " %";
}
