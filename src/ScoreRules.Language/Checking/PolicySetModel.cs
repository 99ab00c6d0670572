using ScoreRules.Language.Checking.Loading;

namespace ScoreRules.Language.Checking;

/// <summary>
/// The rule files of one folder as given to the checker, split into versions: each file with a
/// policy header is one version, files without a header are shared by every version. A folder
/// with no header at all is a library and has one scope.
/// </summary>
internal sealed class PolicySetModel
{
    private PolicySetModel(string folder, IReadOnlyList<LoadedFile> roots, IReadOnlyList<CheckScope> scopes)
    {
        Folder = folder;
        Roots = roots;
        Scopes = scopes;
    }

    /// <summary>The folder, as shown in diagnostics ("" for the current folder).</summary>
    public string Folder { get; }

    /// <summary>The files of the folder given to the checker, by path.</summary>
    public IReadOnlyList<LoadedFile> Roots { get; }

    /// <summary>One scope per version (one for a library).</summary>
    public IReadOnlyList<CheckScope> Scopes { get; }

    /// <summary>True when the folder holds more than one version.</summary>
    public bool IsMultiVersion => Scopes.Count > 1;

    /// <summary>Builds the set of one folder's files.</summary>
    public static PolicySetModel Build(string folder, IReadOnlyList<LoadedFile> roots)
    {
        var versionFiles = roots.Where(r => r.Headers.Any()).ToList();
        var shared = roots.Where(r => !r.Headers.Any()).ToList();
        if (versionFiles.Count == 0)
            return new(folder, roots, [new CheckScope(null, null, Closure(shared))]);
        var scopes = versionFiles.Select(v => new CheckScope(
            versionFiles.Count > 1 ? Label(v) : null, v, Closure([.. shared, v]))).ToList();
        return new(folder, roots, scopes);
    }

    /// <summary>The version's name: its <c>version "…"</c> text, else its file name.</summary>
    public static string Label(LoadedFile versionFile)
    {
        var header = versionFile.Headers.First();
        var version = header.Items.OfType<Syntax.TextSetting>().FirstOrDefault(s => s.Keyword == "version");
        return version?.Value.Value ?? versionFile.Path[(versionFile.Path.Replace('\\', '/').LastIndexOf('/') + 1)..];
    }

    private static List<LoadedFile> Closure(IEnumerable<LoadedFile> starts)
    {
        var order = new List<LoadedFile>();
        var seen = new HashSet<LoadedFile>();
        void Visit(LoadedFile f)
        {
            if (!seen.Add(f)) return;
            foreach (var i in f.Imports) Visit(i);
            order.Add(f);
        }
        foreach (var s in starts) Visit(s);
        return order;
    }
}
