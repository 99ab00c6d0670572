using System.Text.RegularExpressions;

namespace ScoreRules.Language.Checking.Binding;

/// <summary>One built-in function: whether it aggregates rows, how many arguments it takes, how it is written.</summary>
/// <param name="Name">Its name (<c>p90</c> for a percentile).</param>
/// <param name="IsAggregate">True for functions that need <c>over SOURCE</c>.</param>
/// <param name="MinArgs">Fewest arguments.</param>
/// <param name="MaxArgs">Most arguments.</param>
/// <param name="Usage">How it is called, for messages, e.g. <c>work_minutes(start, end, calendar)</c>.</param>
internal sealed record FunctionInfo(string Name, bool IsAggregate, int MinArgs, int MaxArgs, string Usage);

/// <summary>The built-in functions of the expression language (docs/diagnostics.md lists them under SR2001).</summary>
internal static partial class FunctionCatalog
{
    private static readonly FunctionInfo[] Fixed =
    [
        new("count", true, 0, 1, "count() or count(field)"),
        new("sum", true, 1, 1, "sum(number)"),
        new("mean", true, 1, 1, "mean(number)"),
        new("median", true, 1, 1, "median(number)"),
        new("min", true, 1, 1, "min(number or date)"),
        new("max", true, 1, 1, "max(number or date)"),
        new("share", true, 1, 1, "share(condition)"),
        new("ratio", true, 2, 2, "ratio(numerator, denominator)"),
        new("distinct", true, 1, 1, "distinct(field)"),
        new("work_minutes", false, 3, 3, "work_minutes(start, end, calendar)"),
        new("work_hours", false, 3, 3, "work_hours(start, end, calendar)"),
        new("work_days", false, 3, 3, "work_days(start, end, calendar)"),
        new("minutes", false, 2, 2, "minutes(start, end)"),
        new("hours", false, 2, 2, "hours(start, end)"),
        new("days", false, 2, 2, "days(start, end)"),
        new("change", false, 1, 1, "change(metric)"),
        new("abs", false, 1, 1, "abs(number)"),
        new("round", false, 1, 2, "round(number) or round(number, digits)"),
        new("date", false, 1, 1, "date(datetime)"),
    ];

    private static readonly Dictionary<string, FunctionInfo> ByName = Fixed.ToDictionary(f => f.Name, StringComparer.Ordinal);

    [GeneratedRegex("^p([1-9][0-9]?)$")]
    private static partial Regex PercentileName();

    /// <summary>The function called <paramref name="name"/>, or null. <c>pNN</c> (p1 … p99) is the NN-th percentile.</summary>
    public static FunctionInfo? Find(string name) =>
        ByName.TryGetValue(name, out var f) ? f
        : PercentileName().IsMatch(name) ? new FunctionInfo(name, true, 1, 1, $"{name}(number)")
        : null;

    /// <summary>Names offered in "did you mean" hints and listed in messages.</summary>
    public static IEnumerable<string> Names => Fixed.Select(f => f.Name).Concat(["p50", "p90", "p95", "p99"]);
}
