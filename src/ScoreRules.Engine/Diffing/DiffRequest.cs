namespace ScoreRules.Engine.Diffing;

/// <summary>What <c>scorerules diff</c> is asked to compare.</summary>
/// <param name="RulesPath">The policy folder (or file), as the user wrote it.</param>
/// <param name="From">The older side: a git revision (<c>origin/main</c>, <c>HEAD~1</c>, a tag) or
/// <c>version:LABEL</c> for a version of the policy in the working tree.</param>
/// <param name="To">The newer side in the same form as <paramref name="From"/>, or null for the working tree.
/// Either both sides are <c>version:</c> labels or neither is.</param>
/// <param name="DataFolder">The data folder for the impact analysis, or null for a structural diff only.</param>
/// <param name="Period">The period for the impact analysis (e.g. 2026-03), or null; needed with <paramref name="DataFolder"/>.</param>
public sealed record DiffRequest(string RulesPath, string From, string? To = null, string? DataFolder = null, string? Period = null)
{
    /// <summary>The prefix that makes a side a version label of the working tree's policy rather than a git revision.</summary>
    public const string VersionPrefix = "version:";

    /// <summary>True to run the policies' C# formulas when evaluating with data (as <c>eval --allow-csharp</c>); off by default.</summary>
    public bool AllowCSharp { get; init; }
}
