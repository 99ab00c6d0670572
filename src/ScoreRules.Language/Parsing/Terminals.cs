using System.Globalization;
using Pidgin;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Parsing;

/// <summary>Pidgin parsers for the terminals of the .score grammar: words, punctuation, literals.</summary>
internal static class Terminals
{
    /// <summary>Words that cannot be names because expressions use them as operators or values.</summary>
    public static readonly HashSet<string> Reserved = ["and", "or", "not", "in", "over", "where", "none", "true", "false"];

    internal static readonly HashSet<string> DurationUnits = ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"];

    internal static Parser<Token, Token> Match(Func<Token, bool> predicate) => Parser<Token>.Token(predicate);

    internal static Parser<Token, Token> Kind(TokenKind kind, string label) => Match(t => t.Kind == kind).Labelled(label);

    internal static Parser<Token, Token> Word(string word) => Match(t => t.IsWord(word)).Labelled($"`{word}`");

    internal static Parser<Token, Token> AnyWord(params string[] words) =>
        Match(t => t.Kind == TokenKind.Identifier && words.Contains(t.Text)).Labelled(string.Join(", ", words.Select(w => $"`{w}`")));

    internal static readonly Parser<Token, Token> LBrace = Kind(TokenKind.LBrace, "`{`");
    internal static readonly Parser<Token, Token> RBrace = Kind(TokenKind.RBrace, "`}`");
    internal static readonly Parser<Token, Token> LParen = Kind(TokenKind.LParen, "`(`");
    internal static readonly Parser<Token, Token> RParen = Kind(TokenKind.RParen, "`)`");
    internal static readonly Parser<Token, Token> LBracket = Kind(TokenKind.LBracket, "`[`");
    internal static readonly Parser<Token, Token> RBracket = Kind(TokenKind.RBracket, "`]`");
    internal static readonly Parser<Token, Token> Comma = Kind(TokenKind.Comma, "`,`");
    internal static readonly Parser<Token, Token> Colon = Kind(TokenKind.Colon, "`:`");
    internal static readonly Parser<Token, Token> DotDot = Kind(TokenKind.DotDot, "`..`");
    internal static readonly Parser<Token, Token> Assign = Kind(TokenKind.Assign, "`=`");
    internal static readonly Parser<Token, Token> Arrow = Kind(TokenKind.Arrow, "`->`");
    internal static readonly Parser<Token, Token> Minus = Kind(TokenKind.Minus, "`-`");
    internal static readonly Parser<Token, Token> Separator =
        Match(t => t.Kind is TokenKind.Comma or TokenKind.Semicolon).Labelled("`,` or `;`");

    internal static readonly Parser<Token, Name> Ident =
        Match(t => t.Kind == TokenKind.Identifier && !Reserved.Contains(t.Text))
            .Select(t => new Name(t.Text, false, t.Span))
            .Labelled("a name");

    /// <summary>Any identifier, reserved or not (after a dot).</summary>
    internal static readonly Parser<Token, Name> AnyIdent =
        Kind(TokenKind.Identifier, "a name").Select(t => new Name(t.Text, false, t.Span));

    internal static readonly Parser<Token, StringLiteral> Str =
        Kind(TokenKind.String, "a quoted text").Select(t => new StringLiteral(t.Text, t.Span));

    /// <summary>A column: a name, or a quoted header.</summary>
    internal static readonly Parser<Token, Name> Column =
        Ident.Or(Str.Select(s => new Name(s.Value, true, s.Span))).Labelled("a column name");

    internal static readonly Parser<Token, NumberExpression> UnsignedNumber =
        Match(t => t.Kind is TokenKind.Number or TokenKind.Percent)
            .Select(t => new NumberExpression(ToDecimal(t), t.Kind == TokenKind.Percent, t.Span))
            .Labelled("a number");

    internal static readonly Parser<Token, NumberExpression> SignedNumber =
        Minus.Optional().Then(UnsignedNumber, (minus, n) => minus.HasValue
            ? n with { Value = -n.Value, Span = TextSpan.FromBounds(minus.Value.Span.Start, n.Span.End) }
            : n).Labelled("a number");

    internal static readonly Parser<Token, NumberExpression> Percent =
        Kind(TokenKind.Percent, "a percentage such as `30%`")
            .Select(t => new NumberExpression(ToDecimal(t), true, t.Span));

    internal static readonly Parser<Token, DateExpression> DateLiteral =
        Kind(TokenKind.Date, "a date such as `2026-03-31`").Select(t => new DateExpression(ToDate(t.Text), t.Span));

    internal static readonly Parser<Token, TimeOnly> TimeLiteral =
        Kind(TokenKind.Time, "a time such as `09:00`").Select(t => ToTime(t.Text));

    internal static readonly Parser<Token, CompareOp> CompareOperator =
        Match(t => t.Kind is TokenKind.EqualEqual or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual)
            .Select(t => ToCompareOp(t.Kind))
            .Labelled("a comparison (`<`, `<=`, `>`, `>=`, `==`, `!=`)");

    internal static decimal ToDecimal(Token t) =>
        decimal.TryParse(t.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? (t.Kind == TokenKind.Percent ? v / 100m : v)
            : 0m;

    internal static DateOnly ToDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;

    /// <summary>
    /// True for the placeholder <see cref="ToDate"/> gives an invalid date such as 2026-02-30 (already
    /// reported as SR1005); checks that compare dates skip it so they add no nonsense on top.
    /// </summary>
    internal static bool IsInvalidDate(DateOnly date) => date == DateOnly.MinValue;

    internal static TimeOnly ToTime(string text) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : TimeOnly.MinValue;

    internal static CompareOp ToCompareOp(TokenKind kind) => kind switch
    {
        TokenKind.EqualEqual => CompareOp.Equal,
        TokenKind.NotEqual => CompareOp.NotEqual,
        TokenKind.Less => CompareOp.Less,
        TokenKind.LessEqual => CompareOp.LessOrEqual,
        TokenKind.Greater => CompareOp.Greater,
        _ => CompareOp.GreaterOrEqual,
    };

    internal static TextSpan Cover(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, last.End);

    internal static TextSpan Cover(Token first, Token last) => Cover(first.Span, last.Span);

    internal static TextSpan Cover(Token first, SyntaxNode last) => Cover(first.Span, last.Span);

    /// <summary>Items separated by optional <c>,</c> or <c>;</c>.</summary>
    internal static Parser<Token, IEnumerable<T>> Loose<T>(Parser<Token, T> item) => item.Before(Separator.Optional()).Many();

    /// <summary><c>{ item* }</c> with optional separators; returns the items and the closing brace.</summary>
    /// <param name="item">One statement of the block.</param>
    /// <param name="itemLabel">How a statement is described in "expected …" messages.</param>
    internal static Parser<Token, (SyntaxList<T> Items, Token Close)> Block<T>(Parser<Token, T> item, string itemLabel) =>
        LBrace.Then(Loose(item)).Then(RBrace.Labelled($"{itemLabel} or `}}`"), (items, close) => (items.ToSyntaxList(), close));
}
