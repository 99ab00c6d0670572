using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary><c>-x</c> or <c>not x</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Location">Where it is written.</param>
public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, RuleLocation Location) : Expr(Location);
