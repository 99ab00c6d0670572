using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>x in [a, b, c]</c>: true when <c>x</c> equals one of the items.</summary>
/// <param name="Value">The value tested.</param>
/// <param name="Items">The allowed values.</param>
/// <param name="Span">Where it is.</param>
public sealed record InExpression(Expression Value, SyntaxList<Expression> Items, TextSpan Span) : Expression(Span);
