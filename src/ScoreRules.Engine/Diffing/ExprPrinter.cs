using System.Globalization;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Diffing;

/// <summary>
/// Prints a bound expression in one canonical spelling (single spaces, parentheses only where needed,
/// percents as written), so that two versions compare equal when only the layout of a rule differs.
/// </summary>
internal static class ExprPrinter
{
    /// <summary>The canonical text of <paramref name="e"/>; "" for null.</summary>
    public static string Print(Expr? e) => e is null ? "" : Print(e, 0);

    private static string Print(Expr e, int parentPrecedence) => e switch
    {
        ConstantExpr c => Constant(c),
        NameRef n => n.Name,
        MemberExpr m => Print(m.Target, 9) + "." + m.Member,
        CallExpr c => c.Function + "(" + string.Join(", ", c.Arguments.Select(a => Print(a, 0))) + ")",
        AggregateExpr a => Wrap(a.Function + "(" + string.Join(", ", a.Arguments.Select(x => Print(x, 0))) + ") over " + a.Source
            + (a.Where is null ? "" : " where " + Print(a.Where, 0)), parentPrecedence > 0),
        UnaryExpr u => Wrap((u.Operator == UnaryOperator.Not ? "not " : "-") + Print(u.Operand, 8), parentPrecedence > 7),
        BinaryExpr b => Wrap(Print(b.Left, b.Operator.Precedence()) + " " + b.Operator.ToSymbol() + " " + Print(b.Right, b.Operator.Precedence() + 1),
            parentPrecedence > b.Operator.Precedence()),
        InExpr i => Wrap(Print(i.Value, 4) + " in [" + string.Join(", ", i.Items.Select(x => Print(x, 0))) + "]", parentPrecedence > 3),
        _ => e.GetType().Name,
    };

    private static string Wrap(string text, bool parenthesize) => parenthesize ? "(" + text + ")" : text;

    private static string Constant(ConstantExpr c) => c.Value switch
    {
        null => "none",
        decimal d when c.IsPercent => Number(d * 100m) + "%",
        decimal d => Number(d),
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeSpan t => Number((decimal)t.TotalMinutes) + " minutes",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A decimal without trailing zeros, invariant culture: 0.850 → "0.85".</summary>
    public static string Number(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);
}
