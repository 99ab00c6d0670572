using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Functions that depend only on their arguments: <c>abs</c>, <c>round(x[, digits])</c>, <c>min(a, b)</c>,
/// <c>max(a, b)</c>, <c>minutes(d)</c>, <c>hours(d)</c>, <c>days(d)</c> (a duration in those units), <c>date(t)</c>.
/// Empty arguments give an empty result.
/// </summary>
public static class PureFunctions
{
    /// <summary>The names of the pure functions.</summary>
    public static IReadOnlyList<string> Names { get; } = ["abs", "round", "min", "max", "minutes", "hours", "days"];

    /// <summary>Calls <paramref name="function"/>.</summary>
    /// <exception cref="EvaluationException">Unknown function or wrong arguments.</exception>
    public static object? Call(string function, IReadOnlyList<object?> args, RuleLocation location)
    {
        if (args.Any(a => a is null)) return null;
        decimal Num(int i) => ExpressionEvaluator.ToNumber(args[i], location)!.Value;
        Duration Dur(int i) => args[i] is Duration d ? d : throw new EvaluationException($"`{function}` needs a duration, found {ExpressionEvaluator.Describe(args[i])}", location);
        return (function, args.Count) switch
        {
            ("abs", 1) => Math.Abs(Num(0)),
            ("round", 1) => Math.Round(Num(0), MidpointRounding.AwayFromZero),
            ("round", 2) => Math.Round(Num(0), (int)Num(1), MidpointRounding.AwayFromZero),
            ("min", >= 2) => Enumerable.Range(0, args.Count).Select(Num).Min(),
            ("max", >= 2) => Enumerable.Range(0, args.Count).Select(Num).Max(),
            ("minutes", 1) => (decimal)Dur(0).TotalMinutes,
            ("hours", 1) => (decimal)Dur(0).TotalHours,
            ("days", 1) => (decimal)Dur(0).TotalDays,
            _ => throw new EvaluationException($"unknown function `{function}` with {args.Count} argument(s)", location),
        };
    }
}
