using ScoreRules.Language.Checking.Loading;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking;

/// <summary>
/// What one policy version sees: its own file, the folder's shared files (those without a policy
/// header) and everything they import, in load order (a file's imports before the file itself, so
/// a redeclaration is reported where the later one is).
/// </summary>
internal sealed class CheckScope
{
    public CheckScope(string? versionLabel, LoadedFile? ownFile, IReadOnlyList<LoadedFile> files)
    {
        VersionLabel = versionLabel;
        OwnFile = ownFile;
        Files = files;
        Declarations = [.. files.SelectMany(f => f.Tree.Declarations.Select(d => new Located<Declaration>(d, f.Tree.Source)))];
        if (ownFile?.Headers.FirstOrDefault() is { } header) Header = new Located<PolicyDeclaration>(header, ownFile.Tree.Source);
    }

    /// <summary>The version's name for messages, or null when the folder has at most one version.</summary>
    public string? VersionLabel { get; }

    /// <summary>The file holding this version's policy header, or null for a library folder.</summary>
    public LoadedFile? OwnFile { get; }

    /// <summary>The policy header of this version, or null for a library (no header).</summary>
    public Located<PolicyDeclaration>? Header { get; }

    /// <summary>Every file of the scope, imports before importers.</summary>
    public IReadOnlyList<LoadedFile> Files { get; }

    /// <summary>Every declaration of the scope, in file order.</summary>
    public IReadOnlyList<Located<Declaration>> Declarations { get; }

    /// <summary>The declarations of one kind.</summary>
    public IEnumerable<Located<T>> OfType<T>() where T : Declaration =>
        Declarations.Where(d => d.Node is T).Select(d => new Located<T>((T)d.Node, d.Source));
}
