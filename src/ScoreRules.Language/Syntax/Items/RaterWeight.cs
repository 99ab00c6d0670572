using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One rater role and its weight, e.g. <c>supervisor 60%</c>.</summary>
/// <param name="Role">The rater role as it appears in the ratings source.</param>
/// <param name="Weight">The weight (ratio 0..1).</param>
/// <param name="Span">Where it is.</param>
public sealed record RaterWeight(Name Role, NumberExpression Weight, TextSpan Span) : SyntaxNode(Span);
