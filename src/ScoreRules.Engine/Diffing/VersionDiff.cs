namespace ScoreRules.Engine.Diffing;

/// <summary>The differences between two versions of one policy.</summary>
/// <param name="FromVersion">The older version's label (e.g. 2026-Q1), or null when the version was added.</param>
/// <param name="ToVersion">The newer version's label, or null when the version was removed.</param>
/// <param name="Title">The policy's name (the newer one when both exist).</param>
/// <param name="Policy">Changes to the policy header (name, version, effective range, period, time zone,
/// grades) and to its PDCA items and alerts.</param>
/// <param name="Scorecards">Scorecards that were added, removed or changed, newer order first, then removed ones.</param>
public sealed record VersionDiff(string? FromVersion, string? ToVersion, string Title, IReadOnlyList<RuleChange> Policy,
    IReadOnlyList<ScorecardDiff> Scorecards)
{
    /// <summary>Added when only the newer side has it, removed when only the older side has it, else changed.</summary>
    public ChangeKind Status => FromVersion is null ? ChangeKind.Added : ToVersion is null ? ChangeKind.Removed : ChangeKind.Changed;

    /// <summary>True when nothing differs.</summary>
    public bool IsEmpty => Status == ChangeKind.Changed && Policy.Count == 0 && Scorecards.Count == 0;
}
