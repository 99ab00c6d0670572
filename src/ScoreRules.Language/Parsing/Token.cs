using ScoreRules.Language.Text;

namespace ScoreRules.Language.Parsing;

/// <summary>One token: its kind, its text (for strings the unescaped value) and where it is.</summary>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="Text">The token's characters; for <see cref="TokenKind.String"/>, the value without quotes and escapes.</param>
/// <param name="Span">Where it is in the source.</param>
/// <param name="StartsLine">True when only blanks precede it on its line.</param>
/// <param name="Column">0-based column of its first character.</param>
public readonly record struct Token(TokenKind Kind, string Text, TextSpan Span, bool StartsLine = false, int Column = 0)
{
    /// <summary>True for an identifier spelled <paramref name="word"/>.</summary>
    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;

    /// <summary>How the token is named in "found …" messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "the end of the file",
        TokenKind.String => $"text \"{Text}\"",
        TokenKind.TableRow => "a table row",
        _ => $"`{Text}`",
    };
}
