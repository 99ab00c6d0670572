using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>none</c>: the empty value, used as <c>x == none</c> / <c>x != none</c>.</summary>
/// <param name="Span">Where it is.</param>
public sealed record NoneExpression(TextSpan Span) : Expression(Span);
