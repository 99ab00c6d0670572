using System.Globalization;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>Parsing helpers shared by the parser tests.</summary>
internal static class ParseAssert
{
    /// <summary>Parses <paramref name="text"/> and fails with the rendered diagnostics if there are any.</summary>
    public static ScoreFile Clean(string text)
    {
        var result = ScoreParser.Parse("test.score", text);
        DiagnosticFormatter.RenderAll(result.Diagnostics).ShouldBeEmpty();
        return result.Tree;
    }

    /// <summary>Parses text holding exactly one declaration of type <typeparamref name="T"/>.</summary>
    public static T Single<T>(string text) where T : Declaration =>
        Clean(text).Declarations.ShouldHaveSingleItem().ShouldBeOfType<T>();

    /// <summary>Parses <c>metric m { value EXPR }</c> and returns the expression.</summary>
    public static Expression Expression(string expression)
    {
        var metric = Single<MetricDeclaration>("metric m { value " + expression + " }");
        return metric.Items.ShouldHaveSingleItem().ShouldBeOfType<ValueItem>().Value;
    }

    /// <summary>The diagnostics' codes with their 1-based start positions, e.g. <c>SR1003@2:5</c>.</summary>
    public static string[] Codes(string text)
    {
        var result = ScoreParser.Parse("test.score", text);
        return result.Diagnostics.Select(d => $"{d.Code}@{d.Position}").ToArray();
    }

    /// <summary>The 1-based start line and column of <paramref name="node"/>.</summary>
    public static LinePosition Start(this ScoreFile file, SyntaxNode node) => file.Source.GetPosition(node.Span.Start);

    /// <summary>The 1-based line and column just past the end of <paramref name="node"/>.</summary>
    public static LinePosition End(this ScoreFile file, SyntaxNode node) => file.Source.GetPosition(node.Span.End);

    /// <summary>The source text <paramref name="node"/> covers.</summary>
    public static string TextOf(this ScoreFile file, SyntaxNode node) => file.Source.Slice(node.Span);

    /// <summary>
    /// A compact prefix form of an expression, written independently of the parser so a test can
    /// state the expected tree by hand: <c>(+ 1 (* 2 3))</c>, <c>(not x)</c>, <c>(neg x)</c>,
    /// <c>(. a b)</c>, <c>(call f a b)</c>, <c>(over (call mean x) t where)</c>, <c>(in x [1 2])</c>, <c>pct(0.85)</c> for <c>85%</c>.
    /// </summary>
    public static string Sexpr(Expression e) => e switch
    {
        BinaryExpression b => $"({b.Operator.ToSymbol()} {Sexpr(b.Left)} {Sexpr(b.Right)})",
        UnaryExpression { Operator: UnaryOperator.Not } u => $"(not {Sexpr(u.Operand)})",
        UnaryExpression u => $"(neg {Sexpr(u.Operand)})",
        MemberExpression m => $"(. {Sexpr(m.Target)} {m.Member.Text})",
        CallExpression c => c.Arguments.Count == 0 ? $"(call {c.Function.Text})" : $"(call {c.Function.Text} {string.Join(" ", c.Arguments.Select(Sexpr))})",
        AggregateExpression a => a.Where is null ? $"(over {Sexpr(a.Call)} {a.Source.Text})" : $"(over {Sexpr(a.Call)} {a.Source.Text} {Sexpr(a.Where)})",
        InExpression i => $"(in {Sexpr(i.Value)} [{string.Join(" ", i.Items.Select(Sexpr))}])",
        ParenthesizedExpression p => $"(paren {Sexpr(p.Inner)})",
        NameExpression n => n.Name,
        NumberExpression n => n.IsPercent ? $"pct({n.Value.ToString(CultureInfo.InvariantCulture)})" : n.Value.ToString(CultureInfo.InvariantCulture),
        StringExpression s => $"\"{s.Value}\"",
        DateExpression d => d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DurationExpression d => $"{d.Amount.ToString(CultureInfo.InvariantCulture)} {d.Unit}",
        BooleanExpression b => b.Value ? "true" : "false",
        NoneExpression => "none",
        _ => throw new ArgumentException($"no prefix form for {e.GetType().Name}"),
    };
}
