namespace ScoreRules.Reporting.Model;

/// <summary>One dimension of a person's scorecard, ready to print.</summary>
/// <param name="Name">The dimension's display name.</param>
/// <param name="Score">Score 0..100 with one decimal (ValueFormatter.Points), or "—" without data.</param>
/// <param name="ChartValue">The score as a chart value: the same digits as <paramref name="Score"/>, or "-" without data.</param>
/// <param name="Weight">Its share of the scorecard as a percent, e.g. "50 %".</param>
public sealed record DimensionLine(string Name, string Score, string ChartValue, string Weight);
