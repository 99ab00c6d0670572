using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One band: <c>&lt; 30 -&gt; 100</c> or <c>else -&gt; 0</c>.</summary>
/// <param name="Operator">The comparison, or null for <c>else</c>.</param>
/// <param name="Bound">The bound, or null for <c>else</c>.</param>
/// <param name="Score">The score given.</param>
/// <param name="Span">Where it is.</param>
public sealed record ScoreBand(CompareOp? Operator, NumberExpression? Bound, NumberExpression Score, TextSpan Span) : SyntaxNode(Span);
