using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary><c>x in [a, b]</c>.</summary>
/// <param name="Value">The value tested.</param>
/// <param name="Items">The allowed values.</param>
/// <param name="Location">Where it is written.</param>
public sealed record InExpr(Expr Value, IReadOnlyList<Expr> Items, RuleLocation Location) : Expr(Location);
