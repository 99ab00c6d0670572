using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One point <c>value -&gt; score</c> of a linear score.</summary>
/// <param name="Value">The metric value.</param>
/// <param name="Score">The score at that value.</param>
/// <param name="Span">Where it is.</param>
public sealed record LinearPoint(NumberExpression Value, NumberExpression Score, TextSpan Span) : SyntaxNode(Span);
