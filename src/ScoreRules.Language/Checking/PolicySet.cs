namespace ScoreRules.Language.Checking;

/// <summary>
/// The rule files of one folder, checked together. Each file with a policy header is one
/// version; files without a header are shared by every version of the folder.
/// </summary>
/// <param name="Folder">The folder as shown in diagnostics ("" for the current folder).</param>
/// <param name="Versions">Its versions, by file path; a library folder has one version with no header.</param>
public sealed record PolicySet(string Folder, IReadOnlyList<PolicyVersion> Versions);
