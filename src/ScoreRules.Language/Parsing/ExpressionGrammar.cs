using Pidgin;
using Pidgin.Expression;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;
using static ScoreRules.Language.Parsing.Terminals;

namespace ScoreRules.Language.Parsing;

/// <summary>Pidgin parsers for .score expressions (precedence: or, and, not, comparisons and in, + -, * /, unary -, member access).</summary>
internal static class ExpressionGrammar
{
    /// <summary>A full expression (lowest precedence: <c>or</c>).</summary>
    internal static readonly Parser<Token, Expression> Expr = Parser.Rec(() => ExprCore!).Labelled("an expression");

    private static readonly Parser<Token, SyntaxList<Expression>> ExprList =
        Expr.Separated(Comma).Select(xs => xs.ToSyntaxList());

    private static readonly Parser<Token, Expression> NumberOrDuration =
        UnsignedNumber.Then(
            Match(t => t.Kind == TokenKind.Identifier && DurationUnits.Contains(t.Text)).Optional(),
            (n, unit) => unit.HasValue && !n.IsPercent
                ? new DurationExpression(n.Value, NormaliseUnit(unit.Value.Text), Cover(n.Span, unit.Value.Span))
                : (Expression)n);

    private static readonly Parser<Token, Expression> Literal = Parser.OneOf(
        NumberOrDuration,
        Str.Select(s => (Expression)new StringExpression(s.Value, s.Span)),
        DateLiteral.Select(d => (Expression)d),
        Word("true").Select(t => (Expression)new BooleanExpression(true, t.Span)),
        Word("false").Select(t => (Expression)new BooleanExpression(false, t.Span)),
        Word("none").Select(t => (Expression)new NoneExpression(t.Span)));

    private static readonly Parser<Token, (SyntaxList<Expression> Args, Token Close)> Arguments =
        LParen.Then(ExprList).Then(RParen, (args, close) => (args, close));

    private static readonly Parser<Token, (Name Source, Expression? Where)> OverClause =
        Word("over").Then(Ident.Labelled("a source name")).Then(
            Word("where").Then(Expr).Optional(),
            (source, where) => (source, where.HasValue ? where.Value : null));

    private static readonly Parser<Token, Expression> NameOrCall =
        Ident.Then(Arguments.Optional(), (name, args) => (name, args))
            .Then(OverClause.Optional(), (nc, over) =>
            {
                var (name, args) = nc;
                if (!args.HasValue) return (Expression)new NameExpression(name.Text, name.Span);
                var call = new CallExpression(name, args.Value.Args, Cover(name.Span, args.Value.Close.Span));
                if (!over.HasValue) return call;
                var (source, where) = over.Value;
                return new AggregateExpression(call, source, where, Cover(name.Span, (where?.Span ?? source.Span)));
            });

    private static readonly Parser<Token, Expression> Parenthesized =
        LParen.Then(Expr, (open, inner) => (open, inner))
            .Then(RParen, (oi, close) => (Expression)new ParenthesizedExpression(oi.inner, Cover(oi.open, close)));

    internal static readonly Parser<Token, Expression> Primary =
        Parser.OneOf(Literal, NameOrCall, Parenthesized).Labelled("a value, a name or `(`");

    private static Parser<Token, Func<Expression, Expression, Expression>> Binary(Parser<Token, Token> op, BinaryOperator kind) =>
        op.Select<Func<Expression, Expression, Expression>>(_ => (l, r) => new BinaryExpression(kind, l, r, Cover(l.Span, r.Span)));

    private static Parser<Token, Func<Expression, Expression, Expression>> Binary(TokenKind token, string label, BinaryOperator kind) =>
        Binary(Kind(token, label), kind);

    private static readonly Parser<Token, Func<Expression, Expression>> MemberAccess =
        Kind(TokenKind.Dot, "`.`").Then(AnyIdent)
            .Select<Func<Expression, Expression>>(member => target => new MemberExpression(target, member, Cover(target.Span, member.Span)));

    private static readonly Parser<Token, Func<Expression, Expression>> InList =
        Word("in").Then(LBracket).Then(ExprList).Then(RBracket, (items, close) => (items, close))
            .Select<Func<Expression, Expression>>(x => value => new InExpression(value, x.items, Cover(value.Span, x.close.Span)));

    private static readonly Parser<Token, Func<Expression, Expression>> Negate =
        Minus.Select<Func<Expression, Expression>>(t => e => new UnaryExpression(UnaryOperator.Negate, e, Cover(t.Span, e.Span)));

    private static readonly Parser<Token, Func<Expression, Expression>> Not =
        Word("not").Select<Func<Expression, Expression>>(t => e => new UnaryExpression(UnaryOperator.Not, e, Cover(t.Span, e.Span)));

    private static readonly Parser<Token, Expression> ExprCore = ExpressionParser.Build(
        Primary,
        [
            Operator.PostfixChainable(MemberAccess),
            Operator.PrefixChainable(Negate),
            Operator.InfixL(Binary(TokenKind.Star, "`*`", BinaryOperator.Multiply))
                .And(Operator.InfixL(Binary(TokenKind.Slash, "`/`", BinaryOperator.Divide))),
            Operator.InfixL(Binary(TokenKind.Plus, "`+`", BinaryOperator.Add))
                .And(Operator.InfixL(Binary(TokenKind.Minus, "`-`", BinaryOperator.Subtract))),
            Operator.InfixN(Binary(TokenKind.EqualEqual, "`==`", BinaryOperator.Equal))
                .And(Operator.InfixN(Binary(TokenKind.NotEqual, "`!=`", BinaryOperator.NotEqual)))
                .And(Operator.InfixN(Binary(TokenKind.LessEqual, "`<=`", BinaryOperator.LessOrEqual)))
                .And(Operator.InfixN(Binary(TokenKind.Less, "`<`", BinaryOperator.Less)))
                .And(Operator.InfixN(Binary(TokenKind.GreaterEqual, "`>=`", BinaryOperator.GreaterOrEqual)))
                .And(Operator.InfixN(Binary(TokenKind.Greater, "`>`", BinaryOperator.Greater)))
                .And(Operator.Postfix(InList)),
            Operator.PrefixChainable(Not),
            Operator.InfixL(Binary(Word("and"), BinaryOperator.And)),
            Operator.InfixL(Binary(Word("or"), BinaryOperator.Or)),
        ]);

    private static string NormaliseUnit(string unit) => unit.EndsWith('s') ? unit : unit + "s";
}
