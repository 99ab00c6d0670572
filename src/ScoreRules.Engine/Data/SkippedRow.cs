namespace ScoreRules.Engine.Data;

/// <summary>
/// A row left out by <c>on error skip</c> whose person could still be read: the values that could be
/// read (null where a cell was bad) and the reason of its first problem, so the person's results can
/// say how many of their rows were dropped as bad data.
/// </summary>
/// <param name="Partial">The row's readable values, indexed like the source's fields; the person field is set.</param>
/// <param name="Reason">The skip reason, e.g. <c>csat: outside 1..5</c>.</param>
public sealed record SkippedRow(DataRecord Partial, string Reason);
