using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>scorecard tier1 "…" extends base for role == "tier1" { dimension … bonus … missing … }</c>.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name, or null.</param>
/// <param name="Extends">The scorecard it extends, or null.</param>
/// <param name="For">Which people it applies to, or null for everyone.</param>
/// <param name="Items">Dimensions, bonus list and missing policy.</param>
/// <param name="Span">Where it is.</param>
public sealed record ScorecardDeclaration(Name Id, StringLiteral? Title, Name? Extends, Expression? For, SyntaxList<Item> Items, TextSpan Span) : NamedDeclaration(Id, Title, Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "scorecard";
}
