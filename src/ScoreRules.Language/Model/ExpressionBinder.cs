using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Model;

/// <summary>Turns syntax expressions into bound <see cref="Expr"/>s, classifying each bare name.</summary>
internal sealed class ExpressionBinder(SourceText source, Func<string, NameKind> classify)
{
    /// <summary>Binds <paramref name="expression"/>; names inside aggregations bind to fields of the aggregated source.</summary>
    public Expr Bind(Expression expression, bool inRow = false) => expression switch
    {
        NumberExpression n => new ConstantExpr(n.Value, n.IsPercent, Locate(n)),
        DurationExpression d => new ConstantExpr(TimeSpan.FromMinutes((double)d.TotalMinutes), false, Locate(d)),
        StringExpression s => new ConstantExpr(s.Value, false, Locate(s)),
        DateExpression d => new ConstantExpr(d.Value, false, Locate(d)),
        BooleanExpression b => new ConstantExpr(b.Value, false, Locate(b)),
        NoneExpression n => new ConstantExpr(null, false, Locate(n)),
        NameExpression n => new NameRef(n.Name, inRow && classify(n.Name) != NameKind.Calendar ? NameKind.Field : classify(n.Name), Locate(n)),
        MemberExpression m => new MemberExpr(Bind(m.Target, inRow), m.Member.Text, Locate(m)),
        AggregateExpression a => new AggregateExpr(a.Call.Function.Text, a.Call.Arguments.Select(x => Bind(x, true)).ToList(),
            a.Source.Text, a.Where is null ? null : Bind(a.Where, true), Locate(a)),
        CallExpression c => new CallExpr(c.Function.Text, c.Arguments.Select(x => Bind(x, inRow)).ToList(), Locate(c)),
        UnaryExpression u => new UnaryExpr(u.Operator, Bind(u.Operand, inRow), Locate(u)),
        BinaryExpression b => new BinaryExpr(b.Operator, Bind(b.Left, inRow), Bind(b.Right, inRow), Locate(b)),
        InExpression i => new InExpr(Bind(i.Value, inRow), i.Items.Select(x => Bind(x, inRow)).ToList(), Locate(i)),
        ParenthesizedExpression p => Bind(p.Inner, inRow),
        _ => new ConstantExpr(null, false, Locate(expression)),
    };

    /// <summary>The text of a node as written.</summary>
    public string Text(SyntaxNode node) => source.Slice(node.Span);

    /// <summary>The rule location of a node.</summary>
    public RuleLocation Locate(SyntaxNode node) => Locate(node.Span);

    /// <summary>The rule location of a span.</summary>
    public RuleLocation Locate(TextSpan span)
    {
        var pos = source.GetPosition(span.Start);
        return new RuleLocation(source.Path, pos.Line, pos.Column, span.Length);
    }
}
