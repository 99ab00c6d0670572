using System.Globalization;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Cli.Output;

/// <summary>Small texts the result writers share, so that json, csv, table and explain say the same thing.</summary>
internal static class ResultText
{
    /// <summary>"ok", "no data" or "error".</summary>
    public static string Status(ValueStatus status) => status switch
    {
        ValueStatus.Ok => "ok",
        ValueStatus.NoData => "no data",
        _ => "error",
    };

    /// <summary>A target for people, in the metric's unit: "&gt;= 85 %", "&lt; 30 min", "&gt;= 4.5 /5".</summary>
    public static string Target(TargetModel target, string? unit) => ValueFormatter.Target(target, unit);

    /// <summary>A target for machines, in the value's own scale (percents as ratios): "&gt;= 0.85".</summary>
    public static string RawTarget(TargetModel target) => $"{target.Operator.ToSymbol()} {Number(target.Value)}";

    /// <summary>
    /// A decimal for JSON and CSV (<see cref="DataNumber"/>): 15 significant digits, invariant culture,
    /// without trailing zeros (0.30 → 0.3, 100.00 → 100), never in exponent notation.
    /// </summary>
    public static string Number(decimal value) => DataNumber.Format(value);

    /// <summary>The value JSON writes (<see cref="DataNumber.Round"/>), so JSON and CSV give the same text.</summary>
    public static decimal Normalize(decimal value) => DataNumber.Round(value);

    /// <summary>The label of <paramref name="grade"/> in the policy (e.g. 良好), or null.</summary>
    public static string? GradeLabel(PolicyModel policy, string? grade) =>
        grade is null ? null : policy.Grades.FirstOrDefault(g => g.Name == grade)?.Label;

    /// <summary>"C 合格", or just "C" without a label, or "—" without a grade.</summary>
    public static string Grade(PolicyModel policy, string? grade) =>
        grade is null ? "—" : GradeLabel(policy, grade) is { } label ? $"{grade} {label}" : grade;

    /// <summary>"display name (id)", or only the id when both are the same.</summary>
    public static string Named(string id, string? name) => name is null || name == id ? id : $"{name} ({id})";

    /// <summary>A rule's place for explanations: <c>path:line</c>.</summary>
    public static string Place(RuleLocation location) => $"{location.Path}:{location.Line}";
}
