using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>dimension customer "客戶體驗" { csat 30% ces 20% }</c>.</summary>
/// <param name="Id">The dimension's name.</param>
/// <param name="Title">Its display name, or null.</param>
/// <param name="Weights">Metrics (or rated items) with their weights in the scorecard total.</param>
/// <param name="Span">Where it is.</param>
public sealed record DimensionItem(Name Id, StringLiteral? Title, SyntaxList<MetricWeight> Weights, TextSpan Span) : Item(Span);
