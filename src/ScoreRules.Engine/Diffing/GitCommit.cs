namespace ScoreRules.Engine.Diffing;

/// <summary>The git commit a folder of rules is checked out at, for reports that say which rules they used.</summary>
public static class GitCommit
{
    /// <summary>
    /// <c>git rev-parse HEAD</c> in <paramref name="path"/> (a folder, or a file's folder): the 40-hex commit,
    /// or null when the path is not in a git repository, the repository has no commit yet, or git is not installed.
    /// </summary>
    public static string? Head(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder)) return null;
        var result = GitProcess.Run(folder, ["rev-parse", "HEAD"]);
        var text = result.Text.Trim();
        return result.ExitCode == 0 && text.Length == 40 && text.All(Uri.IsHexDigit) ? text : null;
    }
}
