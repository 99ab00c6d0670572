namespace ScoreRules.Reporting.Model;

/// <summary>A person's total in one period of the trend.</summary>
/// <param name="Period">The period, e.g. 2026-01.</param>
/// <param name="Total">The total with one decimal, or the "no data" label.</param>
/// <param name="ChartValue">The total as a chart value: the same digits as <paramref name="Total"/>, or "-" for no data.</param>
public sealed record TrendPoint(string Period, string Total, string ChartValue);
