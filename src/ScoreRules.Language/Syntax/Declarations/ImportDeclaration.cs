using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>import "../std/metrics.score"</c>: shares the declarations of another file (path relative to this file).</summary>
/// <param name="Path">The imported path.</param>
/// <param name="Span">Where it is.</param>
public sealed record ImportDeclaration(StringLiteral Path, TextSpan Span) : Declaration(SyntaxList<Item>.Empty, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "import";
}
