using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Parsing;

/// <summary>
/// A pre-pass over one declaration's tokens that refuses expressions too deep or too long to parse,
/// check, bind and format safely: the parser, the checker, the binder and the formatter all recurse
/// over the expression tree, and a tree thousands of levels deep would overflow the stack.
/// </summary>
/// <remarks>
/// The tree depth of an expression is at most the number of its tokens that open a level: an operator
/// (<c>+ - * / == != &lt; &lt;= &gt; &gt;= and or not in</c>, <c>.</c>, <c>over</c>, <c>where</c>) or an
/// opening bracket. The pass counts those tokens per expression, starting a new count only where one
/// expression must have ended (at <c>, -&gt; { } ; : = .. ?</c> outside brackets, or where two values
/// meet), so the count is an upper bound on the depth.
/// </remarks>
internal static class ExpressionLimits
{
    /// <summary>The most brackets (<c>( [ {</c>) open at once in one declaration.</summary>
    internal const int MaxNesting = 100;

    /// <summary>The most operators and opening brackets in one expression.</summary>
    internal const int MaxOperators = 200;

    /// <summary>Returns an SR1007 diagnostic at the first token that goes over a limit, or null.</summary>
    internal static Diagnostic? Check(SourceText source, IReadOnlyList<Token> chunk)
    {
        var nesting = 0;
        var brackets = 0;
        var operators = 0;
        Token? previous = null;
        foreach (var t in chunk)
        {
            if (t.Kind == TokenKind.EndOfFile) break;
            if (brackets == 0 && (EndsExpression(t.Kind) || (previous is { } p && EndsValue(p) && StartsValue(t) && !IsUnit(p, t))))
                operators = 0;
            switch (t.Kind)
            {
                case TokenKind.LParen or TokenKind.LBracket:
                    nesting++;
                    brackets++;
                    break;
                case TokenKind.LBrace:
                    nesting++;
                    break;
                case TokenKind.RParen or TokenKind.RBracket:
                    nesting = Math.Max(0, nesting - 1);
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case TokenKind.RBrace:
                    nesting = Math.Max(0, nesting - 1);
                    break;
            }
            if (OpensLevel(t)) operators++;
            if (nesting > MaxNesting)
                return Create(source, t, $"brackets nested more than {MaxNesting} deep",
                    "remove brackets that are not needed; real formulas need only a few levels");
            if (operators > MaxOperators)
                return Create(source, t, $"more than {MaxOperators} operators in one expression",
                    "shorten the formula: keep a long sum in a column of the data, or score its parts as metrics of their own");
            previous = t;
        }
        return null;
    }

    private static Diagnostic Create(SourceText source, Token at, string what, string hint) =>
        DiagnosticDescriptors.ExpressionTooComplex.Create(source, at.Span, what).WithHint(hint);

    private static bool EndsExpression(TokenKind kind) => kind is TokenKind.Comma or TokenKind.Arrow
        or TokenKind.LBrace or TokenKind.RBrace or TokenKind.Semicolon or TokenKind.Colon
        or TokenKind.Assign or TokenKind.DotDot or TokenKind.Question;

    private static bool OpensLevel(Token t) => t.Kind switch
    {
        TokenKind.Plus or TokenKind.Minus or TokenKind.Star or TokenKind.Slash
            or TokenKind.EqualEqual or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessEqual
            or TokenKind.Greater or TokenKind.GreaterEqual or TokenKind.Approx or TokenKind.PlusMinus
            or TokenKind.Dot or TokenKind.LParen or TokenKind.LBracket => true,
        TokenKind.Identifier => IsOperatorWord(t.Text),
        _ => false,
    };

    private static bool IsOperatorWord(string text) => text is "and" or "or" or "not" or "in" or "over" or "where";

    private static bool EndsValue(Token t) => t.Kind switch
    {
        TokenKind.Identifier => !IsOperatorWord(t.Text),
        TokenKind.Number or TokenKind.Percent or TokenKind.String or TokenKind.Date or TokenKind.Period
            or TokenKind.Time or TokenKind.RParen or TokenKind.RBracket => true,
        _ => false,
    };

    private static bool StartsValue(Token t) => t.Kind switch
    {
        TokenKind.Identifier => !IsOperatorWord(t.Text),
        TokenKind.Number or TokenKind.Percent or TokenKind.String or TokenKind.Date or TokenKind.Period
            or TokenKind.Time => true,
        _ => false,
    };

    // `5 minutes` is one value.
    private static bool IsUnit(Token previous, Token t) =>
        previous.Kind == TokenKind.Number && t.Kind == TokenKind.Identifier && Terminals.DurationUnits.Contains(t.Text);
}
