using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking;

/// <summary>
/// One version of a policy as the checker resolved it: its header and every file whose
/// declarations it sees (the folder's shared files, the version's own file, and their imports,
/// imports before the files that import them).
/// </summary>
/// <param name="Version">The version's name from <c>version "…"</c>, the file name when it has none, or null for a folder with at most one version.</param>
/// <param name="Header">The policy header, or null for a library folder (no header, e.g. <c>rules/std</c>).</param>
/// <param name="Files">The files of the version, in load order.</param>
public sealed record PolicyVersion(string? Version, PolicyDeclaration? Header, IReadOnlyList<ScoreFile> Files);
