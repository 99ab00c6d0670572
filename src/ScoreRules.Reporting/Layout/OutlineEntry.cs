namespace ScoreRules.Reporting.Layout;

/// <summary>A bookmark for a heading: its level (1 for H1 … 4 for H4) and plain-text title.</summary>
internal sealed record OutlineEntry(int Level, string Title);
