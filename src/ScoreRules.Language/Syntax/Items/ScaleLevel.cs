using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One BARS level: <c>1 "難以理解"</c>.</summary>
/// <param name="Level">The level number, 1 upward.</param>
/// <param name="Anchor">The behavioural anchor text.</param>
/// <param name="Span">Where it is.</param>
public sealed record ScaleLevel(NumberExpression Level, StringLiteral Anchor, TextSpan Span) : Item(Span);
