using System.Text;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Diffing;

/// <summary>
/// Reads the rule files of a git revision without touching the working tree, the index or any ref:
/// <c>git rev-parse</c> resolves the revision, <c>git ls-tree</c> lists the <c>.score</c> files of the
/// whole repository at that commit and <c>git cat-file --batch</c> reads them into memory. Needs
/// <c>git</c> on the PATH.
/// </summary>
public static class GitRevisionReader
{
    /// <summary>Reads the rule files at <paramref name="revision"/> for the rules at <paramref name="rulesPath"/>.</summary>
    /// <param name="rulesPath">The policy folder or file, as the user wrote it; it need not exist in the working tree.</param>
    /// <param name="revision">Anything <c>git rev-parse</c> accepts that names a commit.</param>
    /// <param name="snapshot">The files, when read; its roots are empty when the rules path holds no <c>.score</c>
    /// file at that revision (a policy added later).</param>
    /// <param name="error">Why they could not be read (not in a repository, unknown revision, git missing).</param>
    public static bool TryRead(string rulesPath, string revision, out RuleSnapshot? snapshot, out string? error)
    {
        snapshot = null;
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            error = $"'{revision}' is not a git revision";
            return false;
        }
        var (folder, rest) = ExistingFolder(Path.GetFullPath(rulesPath));
        var prefix = GitProcess.Run(folder, ["rev-parse", "--show-prefix"]);
        if (prefix.ExitCode != 0)
        {
            error = prefix.ExitCode == -1 ? prefix.Error : $"{rulesPath} is not inside a git repository, so --from and --to cannot name revisions";
            return false;
        }
        var inRepo = Normalize(prefix.Text + rest);

        var commit = GitProcess.Run(folder, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        if (commit.ExitCode != 0 || commit.Text.Length == 0)
        {
            error = $"unknown revision '{revision}': git knows no commit by that name";
            return false;
        }
        var sha = commit.Text;

        var tree = GitProcess.Run(folder, ["ls-tree", "-r", "-z", "--full-tree", sha]);
        if (tree.ExitCode != 0)
        {
            error = $"cannot list the files of '{revision}': {tree.Error}";
            return false;
        }
        // Each entry: "<mode> <type> <object>\t<path>", NUL-terminated; paths are not quoted with -z.
        var blobs = Encoding.UTF8.GetString(tree.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => (Meta: entry[..entry.IndexOf('\t')].Split(' '), Path: entry[(entry.IndexOf('\t') + 1)..]))
            .Where(e => e.Meta.Length == 3 && e.Meta[1] == "blob" && e.Path.EndsWith(".score", StringComparison.Ordinal))
            .Select(e => (Object: e.Meta[2], e.Path))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        var roots = blobs.Where(b => inRepo.Length == 0 || b.Path == inRepo || b.Path.StartsWith(inRepo + "/", StringComparison.Ordinal)).ToList();

        var texts = ReadBlobs(folder, blobs.Select(b => b.Object).ToList(), out error);
        if (texts is null) return false;
        // Show each file the way the user would reach it from the rules path they wrote, so that both sides
        // name files alike: "rules/acme" for the repository's "rules/acme" shows "rules/std/metrics.score",
        // while "acme" typed in rules/ shows "std/metrics.score".
        var isFile = roots.Count == 1 && roots[0].Path == inRepo;
        var typedBase = isFile ? FolderOf(Normalize(rulesPath)) : Normalize(rulesPath);
        var repoBase = isFile ? FolderOf(inRepo) : inRepo;
        var files = blobs.Select((b, i) => new SourceText(Shown(typedBase, repoBase, b.Path), texts[i])).ToList();
        snapshot = new RuleSnapshot(revision, sha, files, roots.Select(r => Shown(typedBase, repoBase, r.Path)).ToList());
        return true;
    }

    // git cat-file --batch answers each object id with "<id> blob <size>\n<bytes>\n".
    private static List<string>? ReadBlobs(string folder, IReadOnlyList<string> objects, out string? error)
    {
        var request = Encoding.ASCII.GetBytes(string.Concat(objects.Select(o => o + "\n")));
        var run = GitProcess.Run(folder, ["cat-file", "--batch"], request);
        var texts = new List<string>();
        var data = run.Output;
        var at = 0;
        foreach (var _ in objects)
        {
            var headerEnd = Array.IndexOf(data, (byte)'\n', at);
            var header = headerEnd < 0 ? [] : Encoding.ASCII.GetString(data, at, headerEnd - at).Split(' ');
            if (run.ExitCode != 0 || header.Length != 3 || !int.TryParse(header[2], out var size) || headerEnd + 1 + size > data.Length)
            {
                error = $"cannot read the rule files from git: {(run.Error.Length > 0 ? run.Error : "unexpected answer from git cat-file")}";
                return null;
            }
            texts.Add(new UTF8Encoding(false).GetString(data, headerEnd + 1, size));
            at = headerEnd + 1 + size + 1;
        }
        error = null;
        return texts;
    }

    // The deepest folder of the path that exists now (the rules may exist only at the revision), and the rest.
    private static (string Folder, string Remainder) ExistingFolder(string fullPath)
    {
        var rest = "";
        var current = fullPath;
        if (File.Exists(current))
        {
            rest = Path.GetFileName(current);
            current = Path.GetDirectoryName(current)!;
        }
        while (!Directory.Exists(current) && Path.GetDirectoryName(current) is { } parent)
        {
            rest = rest.Length == 0 ? Path.GetFileName(current) : Path.GetFileName(current) + "/" + rest;
            current = parent;
        }
        return (current, rest);
    }

    // The repository path of a file as seen from the rules path the user wrote: the way from the rules folder
    // in the repository (repoBase) to the file, appended to the folder as typed (typedBase).
    private static string Shown(string typedBase, string repoBase, string repoPath)
    {
        var baseParts = repoBase.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var fileParts = repoPath.Split('/');
        var common = 0;
        while (common < baseParts.Length && common < fileParts.Length - 1 && baseParts[common] == fileParts[common]) common++;
        var relative = string.Join('/', Enumerable.Repeat("..", baseParts.Length - common).Concat(fileParts.Skip(common)));
        return Normalize(typedBase.Length == 0 ? relative : typedBase + "/" + relative);
    }

    private static string FolderOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>A path with <c>/</c> separators, without <c>.</c> segments, doubled or trailing separators; <c>..</c> folded where it can be.</summary>
    internal static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        var rooted = p.StartsWith('/');
        var parts = new List<string>();
        foreach (var segment in p.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(segment);
        }
        return (rooted ? "/" : "") + string.Join('/', parts);
    }
}
