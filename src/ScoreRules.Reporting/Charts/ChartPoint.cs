namespace ScoreRules.Reporting.Charts;

/// <summary>One labelled value of a chart: a bar, a radar axis or a period of a trend line.</summary>
/// <param name="Label">The label shown under the bar, at the axis end or under the period.</param>
/// <param name="Value">The value in the chart's unit, or null when there is no data (nothing is drawn, "–" is shown).</param>
public sealed record ChartPoint(string Label, double? Value);
