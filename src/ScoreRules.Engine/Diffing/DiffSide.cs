namespace ScoreRules.Engine.Diffing;

/// <summary>One side of a comparison, as the report names it.</summary>
/// <param name="Spec">As the user wrote it: <c>HEAD~1</c>, <c>version:2026-Q1</c>, or <c>working tree</c> when <c>--to</c> was left out.</param>
/// <param name="Commit">The commit read (40 hex digits), or null for the working tree.</param>
/// <param name="Version">The version label compared, for a <c>version:</c> side; else null (every version of the folder is compared).</param>
public sealed record DiffSide(string Spec, string? Commit, string? Version)
{
    /// <summary>The side name for people: <c>HEAD~1 (3f2a9c1)</c>, <c>version 2026-Q1</c> or <c>working tree</c>.</summary>
    public string Display => Version is not null ? "version " + Version
        : Commit is not null && !Commit.StartsWith(Spec, StringComparison.OrdinalIgnoreCase) ? $"{Spec} ({Commit[..Math.Min(7, Commit.Length)]})"
        : Spec;
}
