using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>An arithmetic, comparison or logical operation on two operands.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Span">Where it is.</param>
public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right, TextSpan Span) : Expression(Span);
