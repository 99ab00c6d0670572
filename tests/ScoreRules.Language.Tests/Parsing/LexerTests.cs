using ScoreRules.Language.Parsing;
using ScoreRules.Language.Text;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary>The lexer: literals, strings, table rows, alternative operator spellings and lexical errors.</summary>
public class LexerTests
{
    private static IReadOnlyList<Token> Tokens(string text)
    {
        var (tokens, _, diagnostics) = Lexer.Lex(new SourceText("test.score", text));
        diagnostics.ShouldBeEmpty();
        tokens[^1].Kind.ShouldBe(TokenKind.EndOfFile);
        return tokens.Take(tokens.Count - 1).ToList();
    }

    private static Token Single(string text) => Tokens(text).ShouldHaveSingleItem();

    [Theory]
    [InlineData("2026-03-31", TokenKind.Date)]
    [InlineData("2026-03", TokenKind.Period)]
    [InlineData("2026-Q1", TokenKind.Period)]
    [InlineData("2026-W05", TokenKind.Period)]
    [InlineData("2026", TokenKind.Number)]
    [InlineData("09:00", TokenKind.Time)]
    [InlineData("18:30", TokenKind.Time)]
    [InlineData("4.5", TokenKind.Number)]
    [InlineData("客戶滿意度", TokenKind.Identifier)]
    [InlineData("_tier1", TokenKind.Identifier)]
    public void LiteralIsOneTokenOfItsKind(string text, TokenKind kind)
    {
        var token = Single(text);
        token.Kind.ShouldBe(kind);
        token.Text.ShouldBe(text);
        token.Span.ShouldBe(new TextSpan(0, text.Length));
    }

    [Fact]
    public void PercentKeepsTheNumberAndCoversTheSign()
    {
        var token = Single("12.5%");
        token.Kind.ShouldBe(TokenKind.Percent);
        token.Text.ShouldBe("12.5");
        token.Span.ShouldBe(new TextSpan(0, 5));
    }

    [Fact]
    public void TimeRangeIsTimeMinusTime()
    {
        Tokens("09:00-12:00").Select(t => (t.Kind, t.Text)).ShouldBe(
            [(TokenKind.Time, "09:00"), (TokenKind.Minus, "-"), (TokenKind.Time, "12:00")]);
    }

    [Fact]
    public void RangeOfNumbersAndDaysUsesDotDot()
    {
        Tokens("1..5").Select(t => t.Kind).ShouldBe([TokenKind.Number, TokenKind.DotDot, TokenKind.Number]);
        Tokens("mon..fri").Select(t => t.Kind).ShouldBe([TokenKind.Identifier, TokenKind.DotDot, TokenKind.Identifier]);
        Tokens("2026-02-16 .. 2026-02-22").Select(t => t.Kind).ShouldBe([TokenKind.Date, TokenKind.DotDot, TokenKind.Date]);
    }

    [Fact]
    public void StringEscapesAreResolved()
    {
        // Source: "a\"b\\c\nd\te\x" — the unknown escape \x is kept as written.
        var token = Single("\"a\\\"b\\\\c\\nd\\te\\x\"");
        token.Kind.ShouldBe(TokenKind.String);
        token.Text.ShouldBe("a\"b\\c\nd\te\\x");
        token.Span.ShouldBe(new TextSpan(0, 17));
    }

    [Fact]
    public void StringHoldsAnyUnicodeText()
    {
        Single("\"目標 ≥ 85%,見《手冊》\"").Text.ShouldBe("目標 ≥ 85%,見《手冊》");
    }

    [Theory]
    [InlineData("≈", TokenKind.Approx)]
    [InlineData("~=", TokenKind.Approx)]
    [InlineData("±", TokenKind.PlusMinus)]
    [InlineData("+-", TokenKind.PlusMinus)]
    [InlineData("->", TokenKind.Arrow)]
    [InlineData("→", TokenKind.Arrow)]
    [InlineData(">=", TokenKind.GreaterEqual)]
    [InlineData("≥", TokenKind.GreaterEqual)]
    [InlineData("<=", TokenKind.LessEqual)]
    [InlineData("≤", TokenKind.LessEqual)]
    [InlineData("!=", TokenKind.NotEqual)]
    [InlineData("≠", TokenKind.NotEqual)]
    [InlineData("==", TokenKind.EqualEqual)]
    [InlineData("=", TokenKind.Assign)]
    [InlineData("..", TokenKind.DotDot)]
    public void OperatorSpellings(string text, TokenKind kind) => Single(text).Kind.ShouldBe(kind);

    [Fact]
    public void TableRowIsOneTokenOnlyAtTheStartOfALine()
    {
        var tokens = Tokens("t {\n  | id | person |  \n}");
        tokens.Select(t => t.Kind).ShouldBe([TokenKind.Identifier, TokenKind.LBrace, TokenKind.TableRow, TokenKind.RBrace]);
        // The row starts after "t {\n  " (offset 6) and ends before the trailing blanks.
        tokens[2].Text.ShouldBe("| id | person |");
        tokens[2].Span.ShouldBe(new TextSpan(6, 15));
        // Mid-line, `|` is not a token at all.
        Codes("metric m { value a | b }").ShouldContain("SR1001@1:20");
    }

    [Fact]
    public void TokensKnowWhetherTheyStartALineAndTheirColumn()
    {
        var tokens = Tokens("metric m {\n    value x\n}");
        tokens[0].StartsLine.ShouldBeTrue();
        tokens[1].StartsLine.ShouldBeFalse();
        tokens[3].Text.ShouldBe("value");
        tokens[3].StartsLine.ShouldBeTrue();
        tokens[3].Column.ShouldBe(4);
    }

    [Fact]
    public void VeryLongLineLexesInLinearTime()
    {
        // 100,000 tokens on one line. Scanning back to the line start for each token would take
        // about 10^10 steps (tens of seconds); a linear lexer needs milliseconds.
        var text = "x" + string.Concat(Enumerable.Repeat(" + x", 50_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (tokens, _, _) = Lexer.Lex(new SourceText("t.score", text));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        tokens.Count.ShouldBe(100_002);
        tokens[^2].Column.ShouldBe(text.Length - 1);
        tokens[^2].StartsLine.ShouldBeFalse();
    }

    [Fact]
    public void CommentsAreNotTokens()
    {
        var (tokens, comments, _) = Lexer.Lex(new SourceText("t.score", "a // note\n// own line\nb"));
        tokens.Select(t => t.Text).ShouldBe(["a", "b", ""]);
        comments.Select(c => (c.Text, c.OwnLine)).ShouldBe([("// note", false), ("// own line", true)]);
        comments[1].Span.ShouldBe(new TextSpan(10, 11));
    }

    [Fact]
    public void UnterminatedStringIsSR1002UpToTheLineEnd()
    {
        var source = new SourceText("t.score", "x \"abc\ny");
        var (tokens, _, diagnostics) = Lexer.Lex(source);
        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("SR1002");
        d.Span.ShouldBe(new TextSpan(2, 4));
        // Lexing goes on: the next line's `y` is still a token.
        tokens.Select(t => t.Text).ShouldBe(["x", "abc", "y", ""]);
    }

    [Fact]
    public void BackslashAtTheLineEndDoesNotContinueTheString()
    {
        // "abc\ then a line break: the string ends at the line end, and the `}` on the next line is a token.
        var source = new SourceText("t.score", "\"abc\\\n}");
        var (tokens, _, diagnostics) = Lexer.Lex(source);
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe("SR1002");
        diagnostics[0].Span.ShouldBe(new TextSpan(0, 5));
        tokens.Select(t => t.Kind).ShouldBe([TokenKind.String, TokenKind.RBrace, TokenKind.EndOfFile]);
    }

    [Fact]
    public void BackslashAtTheEndOfTheFileStaysInsideTheText()
    {
        var source = new SourceText("t.score", "\"abc\\");
        var (_, _, diagnostics) = Lexer.Lex(source);
        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("SR1002");
        d.Span.ShouldBe(new TextSpan(0, 5));
    }

    [Fact]
    public void UnexpectedCharacterIsSR1001AndLexingGoesOn()
    {
        var source = new SourceText("t.score", "a $ b");
        var (tokens, _, diagnostics) = Lexer.Lex(source);
        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe("SR1001");
        d.Span.ShouldBe(new TextSpan(2, 1));
        d.Message.ShouldContain("`$`");
        tokens.Select(t => t.Text).ShouldBe(["a", "b", ""]);
    }

    [Fact]
    public void LoneSurrogateIsSR1001NotACrash()
    {
        var source = new SourceText("t.score", "a \uD800 b");
        var (tokens, _, diagnostics) = Lexer.Lex(source);
        diagnostics.ShouldHaveSingleItem().Span.ShouldBe(new TextSpan(2, 1));
        tokens.Select(t => t.Text).ShouldBe(["a", "b", ""]);
    }

    [Fact]
    public void SupplementaryPlaneLetterIsPartOfAnIdentifier()
    {
        // U+20000 (CJK Extension B) is one letter written as two UTF-16 code units.
        var token = Single("\U00020000號");
        token.Kind.ShouldBe(TokenKind.Identifier);
        token.Span.ShouldBe(new TextSpan(0, 3));
    }

    [Theory]
    [InlineData("metric m { value 2026-02-30 }", "SR1005@1:18")]
    [InlineData("test \"t\" { period 2026-13 }", "SR1005@1:19")]
    [InlineData("test \"t\" { period 2026-Q5 }", "SR1005@1:19")]
    [InlineData("test \"t\" { period 2026-W54 }", "SR1005@1:19")]
    [InlineData("calendar c { hours mon 09:00-25:00 }", "SR1005@1:30")]
    public void InvalidDatesPeriodsAndTimesAreSR1005(string text, string expected) =>
        Codes(text).ShouldBe([expected]);

    [Fact]
    public void InvalidDateMessageNamesTheDate()
    {
        var result = ScoreParser.Parse("t.score", "metric m { value 2026-02-30 }");
        var d = result.Diagnostics.ShouldHaveSingleItem();
        d.Span.ShouldBe(new TextSpan(17, 10));
        d.Message.ShouldContain("2026-02-30");
    }

    [Fact]
    public void ValidEdgeValuesAreAccepted()
    {
        Codes("metric m { value 2028-02-29 }").ShouldBeEmpty();      // leap day
        Codes("test \"t\" { period 2026-W53 }").ShouldBeEmpty();
        Codes("calendar c { hours mon 00:00-24:00 }").ShouldBeEmpty();
    }
}
