using System.Globalization;
using ScoreRules.Engine.Display;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Diffing;

/// <summary>Display text of rule settings for <see cref="RuleChange"/>: targets, score rules, caps, grades, raters.</summary>
internal static class RuleText
{
    /// <summary>"&gt;= 80 %": the comparison and the value in the metric's unit (see <see cref="ValueFormatter"/>).</summary>
    public static string? Target(TargetModel? target, string? unit) =>
        target is null ? null : target.Operator.ToSymbol() + " " + ValueFormatter.Format(target.Value, unit);

    /// <summary>The score rule as written: <c>linear { 0.6 -&gt; 0, 0.8 -&gt; 100 }</c>, <c>bands { &lt;= 30 -&gt; 100, else -&gt; 0 }</c>, <c>met</c>.</summary>
    public static string? Score(ScoreRuleModel? rule) => rule switch
    {
        null => null,
        LinearScoreModel l => "linear { " + string.Join(", ", l.Points.Select(p => $"{ExprPrinter.Number(p.Value)} -> {ExprPrinter.Number(p.Score)}")) + " }",
        BandsScoreModel b => "bands { " + string.Join(", ", b.Bands.Select(x => x.Operator is { } op
            ? $"{op.ToSymbol()} {ExprPrinter.Number(x.Bound)} -> {ExprPrinter.Number(x.Score)}"
            : $"else -> {ExprPrinter.Number(x.Score)}")) + " }",
        MetScoreModel => "met",
        CSharpScoreModel c => "csharp \"" + c.Code + "\"",
        _ => rule.GetType().Name,
    };

    /// <summary>A bonus cap in points, "no cap" when none is written.</summary>
    public static string Cap(decimal max) => max == decimal.MaxValue ? "no cap" : ValueFormatter.Number(max, 2) + " points";

    /// <summary>A grade's rule: "&gt;= 90 Outstanding", or "else Needs improvement" for the fallback grade.</summary>
    public static string Grade(GradeModel grade) =>
        (grade.Minimum is { } min ? ">= " + ExprPrinter.Number(min) : "else") + (grade.Label is { } label ? " \"" + label + "\"" : "");

    /// <summary>Rater roles and weights: "supervisor 50 %, qa 50 %".</summary>
    public static string Raters(IEnumerable<(string Role, decimal Weight)> raters) =>
        string.Join(", ", raters.Select(r => r.Role + " " + ValueFormatter.Weight(r.Weight)));

    /// <summary>"2026-01-01 .. 2026-03-31".</summary>
    public static string Effective(PolicyModel p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.EffectiveFrom:yyyy-MM-dd} .. {p.EffectiveTo:yyyy-MM-dd}");

    /// <summary>The missing-data rule as written: reweight, zero or fail.</summary>
    public static string Missing(MissingPolicy missing) => missing.ToString().ToLowerInvariant();

    /// <summary>The period kind as written: week, month, quarter or year.</summary>
    public static string Period(PeriodKind kind) => kind.ToString().ToLowerInvariant();
}
