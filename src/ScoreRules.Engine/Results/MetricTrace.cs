using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>How a metric value was obtained, for <c>explain</c> and reports.</summary>
/// <param name="Formula">The value formula as written in the rules.</param>
/// <param name="Source">The source aggregated, or null.</param>
/// <param name="Population">Which rows belong to the period: "rows whose `created` falls in 2026-03".</param>
/// <param name="RowsInPeriod">The person's rows of the source in the period.</param>
/// <param name="RowsUsed">Rows that passed the <c>where</c> filter and had a value.</param>
/// <param name="RowsSkipped">Rows in the period left out, by reason (e.g. "responded is empty" → 3).</param>
/// <param name="Location">Where the metric is declared.</param>
public sealed record MetricTrace(string Formula, string? Source, string? Population, int RowsInPeriod, int RowsUsed,
    IReadOnlyDictionary<string, int> RowsSkipped, RuleLocation Location)
{
    /// <summary>
    /// The person's rows of <see cref="Source"/> that the reader left out as bad data (<c>on error skip</c>),
    /// by reason (e.g. "csat: outside 1..5" → 1): rows in the period, or whose date could not be read.
    /// They are not counted in <see cref="RowsInPeriod"/>.
    /// </summary>
    public IReadOnlyDictionary<string, int> BadData { get; init; } = new Dictionary<string, int>();
}
