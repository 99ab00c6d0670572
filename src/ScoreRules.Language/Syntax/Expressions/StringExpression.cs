using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A quoted text used as a value, e.g. <c>role == "tier1"</c>.</summary>
/// <param name="Value">The text.</param>
/// <param name="Span">Where it is.</param>
public sealed record StringExpression(string Value, TextSpan Span) : Expression(Span);
