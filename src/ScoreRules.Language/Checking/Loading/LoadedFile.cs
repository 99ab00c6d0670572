using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Loading;

/// <summary>A parsed rule file with the files its imports resolved to.</summary>
/// <param name="Key">Identity of the file (full path on disk, normalised path in memory).</param>
/// <param name="Tree">Its syntax tree.</param>
/// <param name="ParseDiagnostics">Its lexical and syntax diagnostics.</param>
internal sealed record LoadedFile(string Key, ScoreFile Tree, IReadOnlyList<Diagnostic> ParseDiagnostics)
{
    /// <summary>The files it imports, in the order of its import lines (missing files left out).</summary>
    public List<LoadedFile> Imports { get; } = [];

    /// <summary>SR2018 diagnostics for imports that did not resolve.</summary>
    public List<Diagnostic> ImportDiagnostics { get; } = [];

    /// <summary>
    /// Names that the text seems to declare (<c>metric x</c> at the start of a line) when the file has
    /// syntax errors: a declaration that did not parse is missing from the tree, and references to it
    /// must not be reported as unknown.
    /// </summary>
    public IReadOnlySet<string> UnparsedNames { get; } = FindDeclaredNames(Tree, ParseDiagnostics);

    /// <summary>The path shown in diagnostics.</summary>
    public string Path => Tree.Source.Path;

    /// <summary>The policy headers declared in this file.</summary>
    public IEnumerable<PolicyDeclaration> Headers => Tree.Declarations.OfType<PolicyDeclaration>();

    private static HashSet<string> FindDeclaredNames(ScoreFile tree, IReadOnlyList<Diagnostic> diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!diagnostics.Any(d => d.IsError)) return names;
        var tokens = Parsing.Lexer.Lex(tree.Source).Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
            if (tokens[i] is { StartsLine: true, Kind: Parsing.TokenKind.Identifier, Text: "calendar" or "source" or "metric" or "scale" or "rated" or "bonus" or "scorecard" }
                && tokens[i + 1].Kind == Parsing.TokenKind.Identifier)
                names.Add(tokens[i + 1].Text);
        return names;
    }
}
