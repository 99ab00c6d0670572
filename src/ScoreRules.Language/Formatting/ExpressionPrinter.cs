using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// Prints expressions on one line with single spaces around infix operators and none inside
/// brackets: <c>mean(csat) over tickets where csat != none</c>, <c>x in ["a", "b"]</c>, <c>-x</c>.
/// Parentheses are printed exactly where the author wrote them; the parser builds the tree by the
/// same precedence the printed tokens are read with, so no others are needed.
/// </summary>
internal static class ExpressionPrinter
{
    /// <summary>The canonical text of <paramref name="expression"/>.</summary>
    public static string Print(Expression expression) => expression switch
    {
        NumberExpression n => LiteralPrinter.Number(n),
        DurationExpression d => LiteralPrinter.Duration(d.Amount, d.Unit),
        StringExpression s => LiteralPrinter.Quote(s.Value),
        DateExpression d => LiteralPrinter.Date(d.Value),
        BooleanExpression b => b.Value ? "true" : "false",
        NoneExpression => "none",
        NameExpression n => n.Name,
        CallExpression c => Call(c),
        AggregateExpression a => Aggregate(a),
        BinaryExpression b => $"{Print(b.Left)} {b.Operator.ToSymbol()} {Print(b.Right)}",
        UnaryExpression { Operator: UnaryOperator.Not } u => "not " + Print(u.Operand),
        UnaryExpression u => "-" + Print(u.Operand),
        MemberExpression m => Print(m.Target) + "." + m.Member.Text,
        InExpression i => $"{Print(i.Value)} in [{List(i.Items)}]",
        ParenthesizedExpression p => "(" + Print(p.Inner) + ")",
        _ => throw new ArgumentException($"unknown expression node {expression.GetType().Name}", nameof(expression)),
    };

    /// <summary>Expressions joined by <c>", "</c>.</summary>
    public static string List(IEnumerable<Expression> expressions) => string.Join(", ", expressions.Select(Print));

    private static string Call(CallExpression call) => LiteralPrinter.Name(call.Function) + "(" + List(call.Arguments) + ")";

    private static string Aggregate(AggregateExpression aggregate)
    {
        var text = Call(aggregate.Call) + " over " + LiteralPrinter.Name(aggregate.Source);
        return aggregate.Where is null ? text : text + " where " + Print(aggregate.Where);
    }
}
