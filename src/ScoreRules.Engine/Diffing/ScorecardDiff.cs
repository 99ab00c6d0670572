namespace ScoreRules.Engine.Diffing;

/// <summary>What changed in one scorecard, including the definitions of the metrics, BARS scales and bonuses it uses.</summary>
/// <param name="Id">The scorecard's id.</param>
/// <param name="Title">Its display name in the newer version (the older one when it was removed).</param>
/// <param name="Status">Added, removed or changed; a scorecard without changes is not listed.</param>
/// <param name="Changes">The changes in scorecard order: its own settings, then per weighted item its weight,
/// dimension and definition, then its bonuses.</param>
public sealed record ScorecardDiff(string Id, string Title, ChangeKind Status, IReadOnlyList<RuleChange> Changes);
