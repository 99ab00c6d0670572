using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>effective 2026-01-01 .. 2026-03-31</c>: the days (both included) a policy version is in force.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Span">Where it is.</param>
public sealed record EffectiveItem(DateExpression From, DateExpression To, TextSpan Span) : Item(Span);
