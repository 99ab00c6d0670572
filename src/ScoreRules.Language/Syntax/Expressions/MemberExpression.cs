using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>target.member</c>, e.g. <c>alice.csat</c> or <c>alice.frt.score</c> in a test.</summary>
/// <param name="Target">What the member is taken from.</param>
/// <param name="Member">The member name.</param>
/// <param name="Span">Where it is.</param>
public sealed record MemberExpression(Expression Target, Name Member, TextSpan Span) : Expression(Span);
