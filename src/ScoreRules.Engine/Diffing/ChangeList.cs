namespace ScoreRules.Engine.Diffing;

/// <summary>Collects <see cref="RuleChange"/>s, adding one only when the two display texts differ.</summary>
internal sealed class ChangeList
{
    private readonly List<RuleChange> _changes = [];

    /// <summary>The changes so far, in the order they were found.</summary>
    public IReadOnlyList<RuleChange> Items => _changes;

    /// <summary>
    /// Records <paramref name="before"/> → <paramref name="after"/> when they differ (ordinal): added when
    /// only <paramref name="after"/> is there, removed when only <paramref name="before"/> is.
    /// </summary>
    public void Compare(string subject, string aspect, string? before, string? after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal)) return;
        var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
        _changes.Add(new RuleChange(kind, subject, aspect, before, after));
    }

    /// <summary>Records a change whose texts may be equal (for a whole rule added or removed).</summary>
    public void Add(ChangeKind kind, string subject, string aspect, string? before, string? after) =>
        _changes.Add(new RuleChange(kind, subject, aspect, before, after));
}
