using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>An arithmetic, comparison or logical operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Location">Where it is written.</param>
public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, RuleLocation Location) : Expr(Location);
