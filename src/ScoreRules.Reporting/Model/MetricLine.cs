namespace ScoreRules.Reporting.Model;

/// <summary>One row of a person's metrics table; every text comes from <c>ValueFormatter</c>.</summary>
/// <param name="Id">The metric id.</param>
/// <param name="Name">The display name.</param>
/// <param name="Value">The value in the metric's unit, e.g. "87.5 %", "27.5 min"; "no data" without a value.</param>
/// <param name="Unit">The unit as written in the rules, or "".</param>
/// <param name="Target">The target in the metric's unit, e.g. "&gt;= 85 %", or "—".</param>
/// <param name="Met">The label for met / not met (from the report labels), or "—" without a target or value.</param>
/// <param name="Score">Points 0..100 with one decimal, or "—".</param>
/// <param name="ChartValue">The score as a chart value: the same digits as <paramref name="Score"/>, or "-" without a score.</param>
/// <param name="Weight">The weight written in the scorecard as a percent, e.g. "30 %"; "—" when only reported.</param>
/// <param name="Contribution">Points contributed to the total (largest-remainder rounding, so the rows add up to the total shown), or "—".</param>
/// <param name="Weighted">True when the metric is weighted in the scorecard.</param>
public sealed record MetricLine(string Id, string Name, string Value, string Unit, string Target, string Met, string Score,
    string ChartValue, string Weight, string Contribution, bool Weighted);
