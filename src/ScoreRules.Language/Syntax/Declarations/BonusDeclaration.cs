using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>bonus id "title" { … }</c>: a bonus item added after the weighted total, capped by max.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name, or null.</param>
/// <param name="Items">Its statements.</param>
/// <param name="Span">Where it is.</param>
public sealed record BonusDeclaration(Name Id, StringLiteral? Title, SyntaxList<Item> Items, TextSpan Span) : NamedDeclaration(Id, Title, Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "bonus";
}
