using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>A function call: <c>work_minutes(created, responded, office)</c>, <c>change(mttr)</c>, <c>abs(x)</c>.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Location">Where it is written.</param>
public sealed record CallExpr(string Function, IReadOnlyList<Expr> Arguments, RuleLocation Location) : Expr(Location);
