using ScoreRules.Language.Checking.Loading;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking;

/// <summary>
/// Entry point for checking rule files: finds the <c>.score</c> files, parses them, resolves their
/// imports, groups them into policy sets (one per folder) and versions, and runs the semantic
/// passes of <see cref="CheckPasses"/> on each version, returning every diagnostic. Never throws
/// on bad input.
/// </summary>
public static class PolicyChecker
{
    /// <summary>Checks files and folders (folders are searched recursively for <c>*.score</c>).</summary>
    /// <param name="paths">Files or folders, as the user typed them (shown in diagnostics).</param>
    /// <param name="options">Options, or null for defaults.</param>
    /// <remarks>
    /// The files given that share a folder form one policy set; a file given alone is checked with
    /// its imports but without the other files of its folder.
    /// </remarks>
    public static CheckResult Check(IEnumerable<string> paths, CheckOptions? options = null)
    {
        var diagnostics = new List<Diagnostic>();
        var roots = RuleFiles.Find(paths, diagnostics);
        return Run(RuleFileLoader.FromDisk(), roots, diagnostics, options ?? new CheckOptions());
    }

    /// <summary>
    /// Checks rule texts held in memory (for tests and editors). Each text's <see cref="SourceText.Path"/>
    /// places it in a folder; imports resolve only to the texts given (a missing one is SR2018).
    /// </summary>
    /// <param name="sources">The rule files.</param>
    /// <param name="options">Options, or null for defaults.</param>
    public static CheckResult Check(IEnumerable<SourceText> sources, CheckOptions? options = null)
    {
        var list = sources.ToList();
        var roots = list.Select(s => s.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return Run(RuleFileLoader.FromMemory(list), roots, [], options ?? new CheckOptions());
    }

    /// <summary>
    /// Checks the rule texts whose paths are in <paramref name="roots"/>; the other texts are there only
    /// for imports to resolve to (e.g. every rule file of a repository at some revision, of which one
    /// policy folder is checked). Roots are grouped into policy sets by folder as on disk.
    /// </summary>
    /// <param name="sources">Every rule text that may be read; paths as shown in diagnostics.</param>
    /// <param name="roots">The paths of the texts to check; each must be the path of one of <paramref name="sources"/>.</param>
    /// <param name="options">Options, or null for defaults.</param>
    /// <exception cref="ArgumentException">A root names no text of <paramref name="sources"/>.</exception>
    public static CheckResult Check(IEnumerable<SourceText> sources, IEnumerable<string> roots, CheckOptions? options = null)
    {
        var list = sources.ToList();
        var known = list.Select(s => PathNames.Normalize(s.Path)).ToHashSet(StringComparer.Ordinal);
        var rootList = roots.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var root in rootList)
            if (!known.Contains(PathNames.Normalize(root)))
                throw new ArgumentException($"no rule text has the path '{root}'", nameof(roots));
        return Run(RuleFileLoader.FromMemory(list), rootList, [], options ?? new CheckOptions());
    }

    private static CheckResult Run(RuleFileLoader loader, IReadOnlyList<string> roots, List<Diagnostic> diagnostics, CheckOptions options)
    {
        var loaded = roots.Select(loader.Load).Distinct().ToList();
        var sets = new List<PolicySet>();
        foreach (var folder in loaded.GroupBy(f => PathNames.FolderOf(f.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = folder.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var set = PolicySetModel.Build(PathNames.FolderOf(files[0].Path), files);
            foreach (var pass in CheckPasses.SetPasses) pass.Run(set, diagnostics);
            var perVersion = set.Scopes.Select(CheckVersion).ToList();
            diagnostics.AddRange(Merge(set, perVersion));
            sets.Add(new PolicySet(set.Folder, [.. set.Scopes.Select(s => new PolicyVersion(
                s.VersionLabel ?? (s.OwnFile is { } own ? PolicySetModel.Label(own) : null),
                s.Header?.Node, [.. s.Files.Select(f => f.Tree)]))]));
        }
        foreach (var file in loader.Files)
        {
            diagnostics.AddRange(file.ParseDiagnostics);
            diagnostics.AddRange(file.ImportDiagnostics);
        }
        if (options.WarningsAsErrors)
            diagnostics = [.. diagnostics.Select(d => d with { Severity = DiagnosticSeverity.Error })];
        return new CheckResult([.. loader.Files.Select(f => f.Tree)], DiagnosticBag.Sort(diagnostics)) { PolicySets = sets };
    }

    private static List<Diagnostic> CheckVersion(CheckScope scope)
    {
        var context = new CheckContext(scope);
        foreach (var pass in CheckPasses.VersionPasses) pass.Run(context);
        // A declaration with a syntax error is missing from the tree; do not call its name unknown.
        var unparsed = scope.Files.SelectMany(f => f.UnparsedNames).ToHashSet(StringComparer.Ordinal);
        return [.. context.Diagnostics.Where(d => !(d.Code == DiagnosticDescriptors.UnknownName.Code
            && d.Source is { } s && unparsed.Contains(s.Slice(d.Span))))];
    }

    // A diagnostic in a file shared by several versions is found once per version; keep one, and
    // name the versions when it does not hold for all of them.
    private static IEnumerable<Diagnostic> Merge(PolicySetModel set, List<List<Diagnostic>> perVersion)
    {
        if (!set.IsMultiVersion) return perVersion.SelectMany(d => d);
        var merged = new List<Diagnostic>();
        var groups = perVersion.SelectMany((list, i) => list.Select(d => (Diagnostic: d, Version: i)))
            .GroupBy(x => (x.Diagnostic.Source?.Path, x.Diagnostic.Span, x.Diagnostic.Code, x.Diagnostic.Message));
        foreach (var group in groups)
        {
            var first = group.First();
            var versions = group.Select(x => x.Version).Distinct().Order().ToList();
            var ownFile = versions.Count == 1 && set.Scopes[versions[0]].OwnFile?.Path == first.Diagnostic.Source?.Path;
            if (versions.Count == set.Scopes.Count || ownFile)
            {
                merged.Add(first.Diagnostic);
                continue;
            }
            var names = Wording.List(versions.Select(v => $"`{set.Scopes[v].VersionLabel}`"));
            merged.Add(first.Diagnostic with { Message = $"{first.Diagnostic.Message} (in version{(versions.Count > 1 ? "s" : "")} {names})" });
        }
        return merged;
    }
}
