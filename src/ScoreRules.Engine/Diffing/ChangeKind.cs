namespace ScoreRules.Engine.Diffing;

/// <summary>Whether a rule, or one setting of it, appears, disappears or changes from one policy version to the next.</summary>
public enum ChangeKind
{
    /// <summary>Only in the newer version (<see cref="RuleChange.Before"/> is null).</summary>
    Added,
    /// <summary>Only in the older version (<see cref="RuleChange.After"/> is null).</summary>
    Removed,
    /// <summary>In both, with different values.</summary>
    Changed,
}
