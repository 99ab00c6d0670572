using System.Text;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Parsing;

/// <summary>
/// Splits a <see cref="SourceText"/> into <see cref="Token"/>s and <see cref="Comment"/>s.
/// It never throws: an unexpected character or an unterminated string becomes a diagnostic and
/// lexing goes on. The token list always ends with <see cref="TokenKind.EndOfFile"/>.
/// </summary>
public sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private readonly List<Comment> _comments = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private int _pos;
    // Where the current line starts, and whether only blanks precede _pos on it; kept as the lexer
    // moves so that a token's column and "starts a line" cost nothing, even on very long lines.
    private int _lineStart;
    private bool _lineBlank = true;

    private Lexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>Lexes the whole text.</summary>
    /// <returns>The tokens (ending with EndOfFile), the comments in order, and any diagnostics.</returns>
    public static (IReadOnlyList<Token> Tokens, IReadOnlyList<Comment> Comments, IReadOnlyList<Diagnostic> Diagnostics) Lex(SourceText source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return (lexer._tokens, lexer._comments, lexer._diagnostics);
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Run()
    {
        while (_pos < _text.Length)
        {
            var c = Peek();
            if (c is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
            {
                if (c == '\n') (_lineStart, _lineBlank) = (_pos + 1, true);
                else if (c == '\uFEFF') _lineBlank = false;
                _pos++;
                continue;
            }
            var start = _pos;
            var startsLine = _lineBlank;
            // No token, comment or table row runs past a line end, so whatever is lexed next stays on this line.
            _lineBlank = false;
            if (c == '/' && Peek(1) == '/') { LexComment(start, startsLine); continue; }
            if (c == '|' && startsLine) { LexTableRow(start); continue; }
            if (c == '"') { LexString(start, startsLine); continue; }
            if (char.IsAsciiDigit(c)) { LexNumberLike(start, startsLine); continue; }
            if (IsIdentifierStart(_pos)) { LexIdentifier(start, startsLine); continue; }
            if (LexPunctuation(start, startsLine)) continue;

            // A lone surrogate (possible in text built in memory) is reported as U+FFFD, one code unit long.
            var rune = Rune.TryGetRuneAt(_text, _pos, out var r) ? r : Rune.ReplacementChar;
            var length = char.IsSurrogate(c) && rune == Rune.ReplacementChar ? 1 : rune.Utf16SequenceLength;
            _diagnostics.Add(DiagnosticDescriptors.UnexpectedCharacter.Create(_source, new TextSpan(start, length), rune.ToString()));
            _pos += length;
        }
        _tokens.Add(new Token(TokenKind.EndOfFile, "", new TextSpan(_text.Length, 0)));
    }

    private void Add(TokenKind kind, int start, bool startsLine, string? text = null) =>
        _tokens.Add(new Token(kind, text ?? _text[start.._pos], TextSpan.FromBounds(start, _pos), startsLine, ColumnOf(start)));

    private int ColumnOf(int offset) => offset - _lineStart;

    private void LexComment(int start, bool ownLine)
    {
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
        _comments.Add(new Comment(_text[start.._pos].TrimEnd(), TextSpan.FromBounds(start, _pos), ownLine));
    }

    private void LexTableRow(int start)
    {
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
        var end = _pos;
        while (end > start && _text[end - 1] is ' ' or '\t') end--;
        _tokens.Add(new Token(TokenKind.TableRow, _text[start..end], TextSpan.FromBounds(start, end), true, ColumnOf(start)));
    }

    private void LexString(int start, bool startsLine)
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (_pos >= _text.Length || c is '\n' or '\r')
            {
                _diagnostics.Add(DiagnosticDescriptors.UnterminatedString.Create(_source, TextSpan.FromBounds(start, _pos)));
                Add(TokenKind.String, start, startsLine, sb.ToString());
                return;
            }
            _pos++;
            if (c == '"') break;
            if (c == '\\' && _pos < _text.Length && Peek() is not ('\n' or '\r'))
            {
                var e = Peek();
                _pos++;
                sb.Append(e switch { 'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', _ => e });
                if (e is not ('n' or 't' or '"' or '\\')) sb.Insert(sb.Length - 1, '\\');
                continue;
            }
            sb.Append(c);
        }
        Add(TokenKind.String, start, startsLine, sb.ToString());
    }

    private int Digits(int at)
    {
        var n = 0;
        while (at + n < _text.Length && char.IsAsciiDigit(_text[at + n])) n++;
        return n;
    }

    private void LexNumberLike(int start, bool startsLine)
    {
        var lead = Digits(_pos);
        // yyyy-MM-dd, yyyy-MM, yyyy-Qn, yyyy-Www
        if (lead == 4 && Peek(4) == '-')
        {
            var at = _pos + 5;
            if (Digits(at) == 2 && PeekAt(at + 2) == '-' && Digits(at + 3) == 2 && !IsWordChar(at + 5))
            {
                _pos = at + 5;
                Add(TokenKind.Date, start, startsLine);
                return;
            }
            if (Digits(at) == 2 && !IsWordChar(at + 2) && PeekAt(at + 2) != '-')
            {
                _pos = at + 2;
                Add(TokenKind.Period, start, startsLine);
                return;
            }
            if (PeekAt(at) is 'Q' or 'W' && Digits(at + 1) is 1 or 2 && !IsWordChar(at + 1 + Digits(at + 1)))
            {
                _pos = at + 1 + Digits(at + 1);
                Add(TokenKind.Period, start, startsLine);
                return;
            }
        }
        // HH:mm
        if (lead is 1 or 2 && Peek(lead) == ':' && Digits(_pos + lead + 1) == 2)
        {
            _pos += lead + 3;
            Add(TokenKind.Time, start, startsLine);
            return;
        }
        _pos += lead;
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            _pos++;
            _pos += Digits(_pos);
        }
        if (Peek() == '%')
        {
            var numberText = _text[start.._pos];
            _pos++;
            Add(TokenKind.Percent, start, startsLine, numberText);
            return;
        }
        Add(TokenKind.Number, start, startsLine);
    }

    private char PeekAt(int offset) => offset < _text.Length ? _text[offset] : '\0';

    private bool IsWordChar(int offset) => offset < _text.Length && (char.IsLetterOrDigit(_text[offset]) || _text[offset] == '_');

    private bool IsIdentifierStart(int offset)
    {
        var c = _text[offset];
        if (c == '_' || char.IsLetter(c)) return true;
        return char.IsHighSurrogate(c) && Rune.TryGetRuneAt(_text, offset, out var r) && Rune.IsLetter(r);
    }

    private void LexIdentifier(int start, bool startsLine)
    {
        while (_pos < _text.Length)
        {
            if (!Rune.TryGetRuneAt(_text, _pos, out var r)) break;
            if (!(Rune.IsLetterOrDigit(r) || r.Value == '_' || Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)) break;
            _pos += r.Utf16SequenceLength;
        }
        Add(TokenKind.Identifier, start, startsLine);
    }

    private bool LexPunctuation(int start, bool startsLine)
    {
        var c = Peek();
        var n = Peek(1);
        (TokenKind kind, int length)? match = c switch
        {
            '{' => (TokenKind.LBrace, 1),
            '}' => (TokenKind.RBrace, 1),
            '(' => (TokenKind.LParen, 1),
            ')' => (TokenKind.RParen, 1),
            '[' => (TokenKind.LBracket, 1),
            ']' => (TokenKind.RBracket, 1),
            ',' => (TokenKind.Comma, 1),
            ';' => (TokenKind.Semicolon, 1),
            ':' => (TokenKind.Colon, 1),
            '.' when n == '.' => (TokenKind.DotDot, 2),
            '.' => (TokenKind.Dot, 1),
            '=' when n == '=' => (TokenKind.EqualEqual, 2),
            '=' => (TokenKind.Assign, 1),
            '-' when n == '>' => (TokenKind.Arrow, 2),
            '-' => (TokenKind.Minus, 1),
            '+' when n == '-' => (TokenKind.PlusMinus, 2),
            '+' => (TokenKind.Plus, 1),
            '?' => (TokenKind.Question, 1),
            '*' => (TokenKind.Star, 1),
            '/' => (TokenKind.Slash, 1),
            '!' when n == '=' => (TokenKind.NotEqual, 2),
            '<' when n == '=' => (TokenKind.LessEqual, 2),
            '<' => (TokenKind.Less, 1),
            '>' when n == '=' => (TokenKind.GreaterEqual, 2),
            '>' => (TokenKind.Greater, 1),
            '≈' => (TokenKind.Approx, 1),
            '~' when n == '=' => (TokenKind.Approx, 2),
            '±' => (TokenKind.PlusMinus, 1),
            '≥' => (TokenKind.GreaterEqual, 1),
            '≤' => (TokenKind.LessEqual, 1),
            '≠' => (TokenKind.NotEqual, 1),
            '→' => (TokenKind.Arrow, 1),
            _ => null,
        };
        if (match is not { } m) return false;
        _pos += m.length;
        Add(m.kind, start, startsLine);
        return true;
    }
}
