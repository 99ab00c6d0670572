using System.Globalization;
using NodaTime;
using ScoreRules.Engine.Evaluation;

namespace ScoreRules.Testing.Running;

/// <summary>
/// Display text of values in test reports. Nothing is rounded (a test is about exact numbers), apart from
/// the 28th digit of a decimal; trailing zeros are dropped.
/// </summary>
internal static class TestValues
{
    /// <summary>A number as written in rules: invariant culture, no trailing zeros, e.g. 65.50 → "65.5".</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, e.g. 0.755 → "75.5 %".</summary>
    public static string Percent(decimal ratio) => Number(ratio * 100m) + " %";

    /// <summary>A value as a test shows it: numbers (as percentages when <paramref name="asPercent"/>), "text", true/false, no data.</summary>
    public static string Show(object? value, bool asPercent) => value switch
    {
        null => "no data",
        decimal d => asPercent ? Percent(d) : Number(d),
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        Duration d => Number((decimal)d.TotalMinutes) + " minutes",
        _ => ExpressionEvaluator.Describe(value),
    };
}
