using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A date literal <c>yyyy-MM-dd</c>.</summary>
/// <param name="Value">The date.</param>
/// <param name="Span">Where it is.</param>
public sealed record DateExpression(DateOnly Value, TextSpan Span) : Expression(Span);
