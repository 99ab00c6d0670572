using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>policy "…" { version … effective … period … timezone … grades { … } }</c>: the policy header.</summary>
/// <param name="Title">The policy's name.</param>
/// <param name="Items">Its settings.</param>
/// <param name="Span">Where it is.</param>
public sealed record PolicyDeclaration(StringLiteral Title, SyntaxList<Item> Items, TextSpan Span) : Declaration(Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "policy";
}
