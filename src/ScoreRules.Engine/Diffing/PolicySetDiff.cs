namespace ScoreRules.Engine.Diffing;

/// <summary>The differences in one policy folder: its versions paired by label.</summary>
/// <param name="Folder">The folder as the user named it (e.g. rules/acme-helpdesk).</param>
/// <param name="Versions">One entry per version label found on either side, in effective order.</param>
public sealed record PolicySetDiff(string Folder, IReadOnlyList<VersionDiff> Versions);
