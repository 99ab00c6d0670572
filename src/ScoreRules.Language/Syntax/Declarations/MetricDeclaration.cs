using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>metric id "title" { … }</c>: a measured, targeted and scored metric (CSAT, FRT, FCR, …).</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name, or null.</param>
/// <param name="Items">Its statements.</param>
/// <param name="Span">Where it is.</param>
public sealed record MetricDeclaration(Name Id, StringLiteral? Title, SyntaxList<Item> Items, TextSpan Span) : NamedDeclaration(Id, Title, Items, Span)
{
    /// <inheritdoc/>
    public override string Keyword => "metric";
}
