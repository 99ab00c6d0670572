namespace ScoreRules.Language.Tests.Formatting;

/// <summary>Finds files of the repository and of the test output folder.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding ScoreRules.sln, found by walking up from the test binaries.</summary>
    /// <exception cref="DirectoryNotFoundException">No parent folder holds ScoreRules.sln.</exception>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    /// <summary>Every .score file under the repository's rules/ folder, as paths relative to the root (sorted, '/' separated).</summary>
    public static IEnumerable<string> RuleFiles()
    {
        var root = Root();
        var rules = Path.Combine(root, "rules");
        if (!Directory.Exists(rules)) return [];
        return Directory.EnumerateFiles(rules, "*.score", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The .score files in a folder of the test output (copied there at build), relative to the output folder.</summary>
    public static IEnumerable<string> TestFiles(string folder)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*.score")
            .Select(f => Path.GetRelativePath(AppContext.BaseDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads a file's bytes as UTF-8 text, keeping a byte-order mark and CR characters as they are.</summary>
    public static string ReadExact(string path) => new System.Text.UTF8Encoding(false).GetString(File.ReadAllBytes(path));
}
