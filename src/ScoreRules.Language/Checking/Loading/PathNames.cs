namespace ScoreRules.Language.Checking.Loading;

/// <summary>Pure path arithmetic for import resolution, independent of the file system.</summary>
internal static class PathNames
{
    /// <summary>
    /// Joins an import path to the folder of the importing file and removes <c>.</c> and
    /// <c>..</c> segments: <c>rules/bank/policy.score</c> + <c>../std/metrics.score</c> →
    /// <c>rules/std/metrics.score</c>. Leading <c>..</c> segments that cannot be removed stay.
    /// Separators become <c>/</c>; a rooted importer keeps its root.
    /// </summary>
    public static string Join(string importerPath, string importPath)
    {
        var folder = FolderOf(importerPath);
        var combined = importPath.StartsWith('/') ? importPath : folder.Length == 0 ? importPath : folder + "/" + importPath;
        return Normalize(combined);
    }

    /// <summary>The folder part of a path (<c>/</c> separators), "" for a bare file name.</summary>
    public static string FolderOf(string path)
    {
        var p = path.Replace('\\', '/');
        var slash = p.LastIndexOf('/');
        return slash < 0 ? "" : slash == 0 ? "/" : p[..slash];
    }

    /// <summary>Removes <c>.</c> and <c>..</c> segments and doubled separators; uses <c>/</c>.</summary>
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        var rooted = p.StartsWith('/');
        var parts = new List<string>();
        foreach (var segment in p.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (segment == ".." && rooted) continue;
            else parts.Add(segment);
        }
        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined;
    }
}
