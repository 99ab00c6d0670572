using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Language.Checking;

/// <summary>Finds <c>.score</c> files under the paths a user gives.</summary>
public static class RuleFiles
{
    /// <summary>
    /// Expands files and folders into <c>.score</c> files, folders searched recursively, sorted by
    /// ordinal path so results do not depend on the file system's order. A path that does not exist
    /// adds an SR1006 diagnostic.
    /// </summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path)) found.Add(path);
            else if (Directory.Exists(path))
                foreach (var file in Directory.EnumerateFiles(path, "*.score", SearchOption.AllDirectories))
                    found.Add(file);
            else
                diagnostics.Add(DiagnosticDescriptors.UnreadableFile.Create(null, default, "") with { Message = $"{path}: no such file or folder" });
        }
        return [.. found];
    }
}
