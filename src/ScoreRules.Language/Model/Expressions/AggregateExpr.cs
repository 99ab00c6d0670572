using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>
/// An aggregation over the current person's rows of <see cref="Source"/> in the current period:
/// count, sum, mean, median, min, max, pNN, share, ratio, distinct. Empty values are skipped; no rows gives "no data".
/// </summary>
/// <param name="Function">The aggregation (e.g. mean, p90).</param>
/// <param name="Arguments">Its arguments, evaluated per row.</param>
/// <param name="Source">The source.</param>
/// <param name="Where">The row filter, or null.</param>
/// <param name="Location">Where it is written.</param>
public sealed record AggregateExpr(string Function, IReadOnlyList<Expr> Arguments, string Source, Expr? Where, RuleLocation Location) : Expr(Location);
