using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One entry of a value map: <c>"good" -&gt; 5</c>.</summary>
/// <param name="From">The answer as it appears in the data.</param>
/// <param name="To">The value it stands for.</param>
/// <param name="Span">Where it is.</param>
public sealed record ValueMapping(StringLiteral From, Expression To, TextSpan Span) : SyntaxNode(Span);
