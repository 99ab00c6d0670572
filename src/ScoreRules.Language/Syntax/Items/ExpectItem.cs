using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// <c>expect alice.total == 100</c> or <c>expect alice.frt ≈ 10 ± 0.01</c> (tolerance absolute, or relative when written as a percent).
/// </summary>
/// <param name="Condition">The condition, or for an approximate expectation the actual value.</param>
/// <param name="Approximately">The expected value of an approximate expectation, or null.</param>
/// <param name="Tolerance">The tolerance of an approximate expectation, or null.</param>
/// <param name="Span">Where it is.</param>
public sealed record ExpectItem(Expression Condition, Expression? Approximately, NumberExpression? Tolerance, TextSpan Span) : Item(Span);
