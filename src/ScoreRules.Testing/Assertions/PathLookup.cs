namespace ScoreRules.Testing.Assertions;

/// <summary>
/// Finds a relative path from the working folder or, failing that, from its parents, so that a test project
/// running in <c>tests/X/bin/Debug/net10.0</c> finds the repository's <c>rules/</c> and data folders.
/// </summary>
internal static class PathLookup
{
    /// <summary>The full path of the first existing <c>folder/path</c> from the working folder upwards, or <paramref name="path"/> unchanged.</summary>
    public static string Find(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path)) return path;
        for (var folder = Directory.GetParent(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, path);
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return path;
    }
}
