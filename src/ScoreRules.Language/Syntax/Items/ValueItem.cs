using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>value EXPR</c>: how a metric or bonus is computed.</summary>
/// <param name="Value">The expression.</param>
/// <param name="Span">Where it is.</param>
public sealed record ValueItem(Expression Value, TextSpan Span) : Item(Span);
