using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>Base of the top-level declarations of a rule file.</summary>
/// <param name="Items">The statements inside its braces (empty for import and alert).</param>
/// <param name="Span">Where it is, keyword to closing brace.</param>
public abstract record Declaration(SyntaxList<Item> Items, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The keyword that starts it, e.g. <c>metric</c>.</summary>
    public abstract string Keyword { get; }
}
