using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is.</param>
public sealed record BooleanExpression(bool Value, TextSpan Span) : Expression(Span);
