namespace ScoreRules.Engine.Diffing;

/// <summary>
/// One difference between two policy versions, ready to show an HR author:
/// <c>metric fcr_rate · weight · 15 % → 20 %</c>.
/// </summary>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Subject">What changed, as "kind id": <c>policy</c>, <c>grade A</c>, <c>dimension speed</c>,
/// <c>metric fcr_rate</c>, <c>rated explanation</c>, <c>scale clarity</c>, <c>bonus innovation</c>,
/// <c>improve csat_pct</c>, <c>alert overload</c>, <c>scorecard tier1</c>.</param>
/// <param name="Aspect">Which of its settings: <c>weight</c>, <c>target</c>, <c>score</c>, <c>cap</c>,
/// <c>level 3</c>, <c>missing</c>, <c>version</c>, <c>effective</c>, …; for a whole rule added or removed,
/// the setting that says most about it (a metric's weight, a bonus's cap).</param>
/// <param name="Before">The older value as display text (weights and percents as "20 %", numbers rounded
/// by <see cref="Display.ValueFormatter"/>), or null when added.</param>
/// <param name="After">The newer value as display text, or null when removed.</param>
public sealed record RuleChange(ChangeKind Kind, string Subject, string Aspect, string? Before, string? After);
