namespace ScoreRules.Language.Parsing;

/// <summary>The kinds of token the lexer produces.</summary>
public enum TokenKind
{
    /// <summary>A word: letters (any script), digits and <c>_</c>, not starting with a digit.</summary>
    Identifier,
    /// <summary>A quoted text; <see cref="Token.Text"/> holds the unescaped value.</summary>
    String,
    /// <summary>A number such as <c>4.5</c>.</summary>
    Number,
    /// <summary>A number followed by <c>%</c>, such as <c>85%</c>.</summary>
    Percent,
    /// <summary>A date <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>A period <c>yyyy-MM</c>, <c>yyyy-Qn</c> or <c>yyyy-Www</c>.</summary>
    Period,
    /// <summary>A time of day <c>HH:mm</c>.</summary>
    Time,
    /// <summary>A whole line of a data table, <c>| a | b |</c>.</summary>
    TableRow,
    /// <summary><c>{</c></summary>
    LBrace,
    /// <summary><c>}</c></summary>
    RBrace,
    /// <summary><c>(</c></summary>
    LParen,
    /// <summary><c>)</c></summary>
    RParen,
    /// <summary><c>[</c></summary>
    LBracket,
    /// <summary><c>]</c></summary>
    RBracket,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary><c>;</c></summary>
    Semicolon,
    /// <summary><c>:</c></summary>
    Colon,
    /// <summary><c>.</c></summary>
    Dot,
    /// <summary><c>..</c></summary>
    DotDot,
    /// <summary><c>=</c></summary>
    Assign,
    /// <summary><c>-&gt;</c></summary>
    Arrow,
    /// <summary><c>?</c></summary>
    Question,
    /// <summary><c>+</c></summary>
    Plus,
    /// <summary><c>-</c></summary>
    Minus,
    /// <summary><c>*</c></summary>
    Star,
    /// <summary><c>/</c></summary>
    Slash,
    /// <summary><c>==</c></summary>
    EqualEqual,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterEqual,
    /// <summary><c>≈</c> or <c>~=</c></summary>
    Approx,
    /// <summary><c>±</c> or <c>+-</c></summary>
    PlusMinus,
    /// <summary>The end of the input.</summary>
    EndOfFile,
}
