using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A metric and its weight, e.g. <c>csat 30%</c>.</summary>
/// <param name="Metric">The metric or rated item.</param>
/// <param name="Weight">Its weight in the scorecard total (ratio 0..1; 30% is 0.30).</param>
/// <param name="Span">Where it is.</param>
public sealed record MetricWeight(Name Metric, NumberExpression Weight, TextSpan Span) : SyntaxNode(Span);
