using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// An aggregation over a source: <c>mean(csat) over tickets where csat != none</c>. It is evaluated over
/// the current person's rows of <see cref="Source"/> in the current period.
/// </summary>
/// <param name="Call">The aggregation call (count, sum, mean, median, min, max, pNN, share, distinct).</param>
/// <param name="Source">The source whose rows are aggregated.</param>
/// <param name="Where">The row filter, or null for all rows.</param>
/// <param name="Span">Where it is.</param>
public sealed record AggregateExpression(CallExpression Call, Name Source, Expression? Where, TextSpan Span) : Expression(Span);
