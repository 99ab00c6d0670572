using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>( x )</c>, kept so the formatter prints the author's grouping.</summary>
/// <param name="Inner">The expression inside.</param>
/// <param name="Span">Where it is, parentheses included.</param>
public sealed record ParenthesizedExpression(Expression Inner, TextSpan Span) : Expression(Span);
