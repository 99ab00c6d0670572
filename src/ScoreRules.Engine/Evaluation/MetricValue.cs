using ScoreRules.Engine.Results;

namespace ScoreRules.Engine.Evaluation;

/// <summary>A metric's value with how it was obtained.</summary>
/// <param name="Value">The value, or null.</param>
/// <param name="Status">Ok, no data, or error.</param>
/// <param name="Trace">Rows used and skipped.</param>
/// <param name="Error">The error message when <paramref name="Status"/> is Error.</param>
public sealed record MetricValue(decimal? Value, ValueStatus Status, AggregateTrace? Trace, string? Error);

/// <summary>Rows an aggregation looked at, used and skipped (by reason).</summary>
/// <param name="Source">The source.</param>
/// <param name="AtField">The field that placed rows in the period.</param>
/// <param name="RowsInPeriod">The person's rows in the period.</param>
/// <param name="RowsUsed">Rows that contributed a value.</param>
/// <param name="Skipped">Rows left out, by reason.</param>
public sealed record AggregateTrace(string Source, string? AtField, int RowsInPeriod, int RowsUsed, IReadOnlyDictionary<string, int> Skipped)
{
    /// <summary>The person's rows of the source left out as bad data by <c>on error skip</c> (in the period, or with an unreadable date), by reason; not in <see cref="RowsInPeriod"/>.</summary>
    public IReadOnlyDictionary<string, int> BadData { get; init; } = new Dictionary<string, int>();
}
