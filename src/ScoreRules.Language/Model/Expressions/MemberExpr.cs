using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary><c>target.member</c>, used in tests: <c>alice.frt.score</c>.</summary>
/// <param name="Target">The target.</param>
/// <param name="Member">The member name.</param>
/// <param name="Location">Where it is written.</param>
public sealed record MemberExpr(Expr Target, string Member, RuleLocation Location) : Expr(Location);
