using System.Globalization;
using Pidgin;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Parsing;

/// <summary>
/// Parses .score files into a <see cref="ScoreFile"/> tree. It never throws on bad input: every
/// problem becomes a diagnostic, and parsing recovers at the next declaration so all independent
/// errors of a file are reported. A declaration starts at a declaration keyword that begins a line
/// at brace depth 0 — or, to recover from a missing <c>}</c>, at column 1 when the line opens a block
/// (or is an <c>import</c> or <c>alert</c>).
/// </summary>
public static class ScoreParser
{
    /// <summary>Parses text already in memory.</summary>
    /// <param name="path">The path shown in diagnostics.</param>
    /// <param name="text">The file's text (a leading BOM is ignored).</param>
    public static ParseResult Parse(string path, string text) => Parse(new SourceText(path, text));

    /// <summary>Parses a <see cref="SourceText"/>.</summary>
    public static ParseResult Parse(SourceText source)
    {
        var (tokens, comments, lexDiagnostics) = Lexer.Lex(source);
        var diagnostics = new List<Diagnostic>(lexDiagnostics);
        diagnostics.AddRange(ValidateLiterals(source, tokens));

        var declarations = new List<Declaration>();
        foreach (var chunk in Chunk(tokens))
        {
            var first = chunk[0];
            if (first.Kind == TokenKind.EndOfFile) continue;
            if (!(first.Kind == TokenKind.Identifier && DeclarationGrammar.Keywords.Contains(first.Text)))
            {
                diagnostics.Add(UnknownDeclaration(source, first));
                continue;
            }
            if (ExpressionLimits.Check(source, chunk) is { } tooComplex)
            {
                diagnostics.Add(tooComplex);
                continue;
            }
            var result = DeclarationGrammar.WholeDeclaration.Parse(chunk);
            if (result.Success) declarations.Add(result.Value);
            else diagnostics.Add(ToDiagnostic(source, chunk, result.Error!));
        }
        return new ParseResult(
            new ScoreFile(source, declarations.ToSyntaxList(), comments.ToSyntaxList()),
            DiagnosticBag.Sort(diagnostics));
    }

    /// <summary>Reads and parses a file. An unreadable file gives an SR1006 diagnostic, not an exception.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">The path to show in diagnostics (defaults to <paramref name="path"/>).</param>
    public static ParseResult ParseFile(string path, string? displayPath = null)
    {
        SourceText source;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = new System.Text.UTF8Encoding(false, true).GetString(bytes);
            source = new SourceText(displayPath ?? path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
        {
            var empty = new SourceText(displayPath ?? path, "");
            var reason = e is System.Text.DecoderFallbackException ? "it is not valid UTF-8 text (save it as UTF-8)" : e.Message;
            return new ParseResult(new ScoreFile(empty, SyntaxList<Declaration>.Empty, Syntax.SyntaxList<Comment>.Empty),
                [DiagnosticDescriptors.UnreadableFile.Create(null, default, reason) with { Source = null, Message = $"{displayPath ?? path}: cannot read this file: {reason}" }]);
        }
        return Parse(source);
    }

    private static Diagnostic UnknownDeclaration(SourceText source, Token token)
    {
        var diagnostic = DiagnosticDescriptors.UnknownDeclaration.Create(source, token.Span, token.Kind == TokenKind.Identifier ? token.Text : source.Slice(token.Span));
        return token.Kind == TokenKind.Identifier
            ? diagnostic.WithHint(Suggestions.DidYouMean(token.Text, DeclarationGrammar.Keywords))
            : diagnostic;
    }

    private static IEnumerable<Token[]> Chunk(IReadOnlyList<Token> tokens)
    {
        var current = new List<Token>();
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.EndOfFile) break;
            if (current.Count > 0 && StartsDeclaration(tokens, i, depth))
            {
                yield return Close(current, t);
                current = [];
                depth = 0;
            }
            if (t.Kind == TokenKind.LBrace) depth++;
            else if (t.Kind == TokenKind.RBrace) depth = Math.Max(0, depth - 1);
            current.Add(t);
        }
        if (current.Count > 0) yield return Close(current, tokens[^1]);
    }

    // The chunk ends with an end-of-input token placed where the next declaration begins,
    // so "expected `}`, found …" points at that next declaration.
    private static Token[] Close(List<Token> chunk, Token next) =>
        [.. chunk, new Token(TokenKind.EndOfFile, next.Kind == TokenKind.EndOfFile ? "" : next.Text, next.Span)];

    private static bool StartsDeclaration(IReadOnlyList<Token> tokens, int i, int depth)
    {
        var t = tokens[i];
        if (!t.StartsLine || t.Kind != TokenKind.Identifier) return false;
        // After a closed block at depth 0, a word at the start of a line begins the next declaration,
        // even a misspelt one, so that `metirc x { … }` gets its own diagnostic.
        if (depth == 0 && i > 0 && tokens[i - 1].Kind == TokenKind.RBrace && !Terminals.Reserved.Contains(t.Text)) return true;
        if (!DeclarationGrammar.Keywords.Contains(t.Text)) return false;
        if (depth == 0) return true;
        // Recovery from a missing `}`: an unindented declaration line that opens a block.
        if (t.Column != 0) return false;
        if (t.Text is "import" or "alert") return true;
        for (var j = i + 1; j < tokens.Count && !tokens[j].StartsLine && tokens[j].Kind != TokenKind.EndOfFile; j++)
            if (tokens[j].Kind == TokenKind.LBrace) return true;
        return false;
    }

    private static Diagnostic ToDiagnostic(SourceText source, Token[] chunk, ParseError<Token> error)
    {
        var found = error.EOF || !error.Unexpected.HasValue ? chunk[^1] : error.Unexpected.Value;
        var expected = error.Expected.Select(e => e.Label).Where(l => !string.IsNullOrEmpty(l)).Cast<string>().Distinct().ToList();
        var expectedText = expected.Count == 0 ? "something else" : JoinOr(expected);
        var foundText = found.Kind == TokenKind.EndOfFile
            ? (found.Text.Length == 0 ? "the end of the file" : $"`{found.Text}` (the next declaration)")
            : found.Describe();
        var diagnostic = DiagnosticDescriptors.SyntaxError.Create(source, found.Span, expectedText, foundText);
        if (found.Kind == TokenKind.Identifier)
        {
            var words = expected.SelectMany(KeywordsIn).ToList();
            diagnostic = diagnostic.WithHint(Suggestions.DidYouMean(found.Text, words));
        }
        return diagnostic;
    }

    private static IEnumerable<string> KeywordsIn(string label)
    {
        var parts = label.Split('`');
        for (var i = 1; i < parts.Length; i += 2)
            if (parts[i].Length > 0 && char.IsLetter(parts[i][0]) && !parts[i].Contains(' ')) yield return parts[i];
    }

    private static string JoinOr(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    private static IEnumerable<Diagnostic> ValidateLiterals(SourceText source, IReadOnlyList<Token> tokens)
    {
        foreach (var t in tokens)
        {
            var valid = t.Kind switch
            {
                TokenKind.Date => DateOnly.TryParseExact(t.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                TokenKind.Time => TimeOnly.TryParseExact(t.Text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _) || t.Text is "24:00",
                TokenKind.Period => IsValidPeriod(t.Text),
                TokenKind.Number or TokenKind.Percent => decimal.TryParse(t.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                _ => true,
            };
            if (!valid)
            {
                var what = t.Kind switch
                {
                    TokenKind.Date => "date (yyyy-MM-dd)",
                    TokenKind.Time => "time of day (HH:mm)",
                    TokenKind.Period => "period (yyyy-MM, yyyy-Qn or yyyy-Www)",
                    _ => "number",
                };
                yield return DiagnosticDescriptors.InvalidLiteral.Create(source, t.Span, source.Slice(t.Span), what);
            }
        }
    }

    private static bool IsValidPeriod(string text)
    {
        var rest = text[5..];
        if (rest[0] == 'Q') return rest.Length == 2 && rest[1] is >= '1' and <= '4';
        if (rest[0] == 'W') return int.TryParse(rest[1..], out var w) && w is >= 1 and <= 53;
        return int.TryParse(rest, out var m) && m is >= 1 and <= 12;
    }
}
