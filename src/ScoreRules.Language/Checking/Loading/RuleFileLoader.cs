using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Loading;

/// <summary>
/// Reads and parses rule files once each and resolves their imports (recursively; cycles are
/// fine because a file is loaded only once). Works on disk or on texts held in memory.
/// </summary>
internal sealed class RuleFileLoader
{
    private readonly Dictionary<string, LoadedFile> _files = new(StringComparer.Ordinal);
    private readonly Func<string, string> _keyOf;
    private readonly Func<string, bool> _exists;
    private readonly Func<string, ParseResult> _parse;
    private readonly Func<string, IEnumerable<string>> _siblings;

    private RuleFileLoader(Func<string, string> keyOf, Func<string, bool> exists, Func<string, ParseResult> parse, Func<string, IEnumerable<string>> siblings)
    {
        _keyOf = keyOf;
        _exists = exists;
        _parse = parse;
        _siblings = siblings;
    }

    /// <summary>A loader that reads files from disk.</summary>
    public static RuleFileLoader FromDisk() => new(
        path => Path.GetFullPath(path),
        File.Exists,
        path => ScoreParser.ParseFile(path),
        folder => Directory.Exists(folder.Length == 0 ? "." : folder)
            ? Directory.EnumerateFiles(folder.Length == 0 ? "." : folder, "*.score").Select(Path.GetFileName).OfType<string>()
            : []);

    /// <summary>A loader over texts in memory; imports resolve only to these texts.</summary>
    public static RuleFileLoader FromMemory(IEnumerable<Text.SourceText> sources)
    {
        var byPath = new Dictionary<string, Text.SourceText>(StringComparer.Ordinal);
        foreach (var s in sources) byPath.TryAdd(PathNames.Normalize(s.Path), s);
        return new(
            PathNames.Normalize,
            path => byPath.ContainsKey(PathNames.Normalize(path)),
            path => ScoreParser.Parse(byPath[PathNames.Normalize(path)]),
            folder => byPath.Keys.Where(k => PathNames.FolderOf(k) == PathNames.Normalize(folder)).Select(k => k[(k.LastIndexOf('/') + 1)..]));
    }

    /// <summary>Every file loaded so far, ordered by path.</summary>
    public IReadOnlyList<LoadedFile> Files => [.. _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>The identity of a path (two spellings of one file give the same key).</summary>
    public string KeyOf(string path) => _keyOf(path);

    /// <summary>Loads a file (once) and, recursively, the files it imports.</summary>
    /// <param name="path">The path to read and show in diagnostics. It must exist (checked by the caller).</param>
    public LoadedFile Load(string path)
    {
        var key = _keyOf(path);
        if (_files.TryGetValue(key, out var known)) return known;
        var parsed = _parse(path);
        var file = new LoadedFile(key, parsed.Tree, parsed.Diagnostics);
        _files.Add(key, file);
        foreach (var import in parsed.Tree.Declarations.OfType<ImportDeclaration>())
            ResolveImport(file, import);
        return file;
    }

    private void ResolveImport(LoadedFile importer, ImportDeclaration import)
    {
        var target = PathNames.Join(importer.Path, import.Path.Value);
        if (import.Path.Value.Length > 0 && _exists(target))
        {
            var loaded = Load(target);
            if (!importer.Imports.Contains(loaded)) importer.Imports.Add(loaded);
            return;
        }
        var folder = PathNames.FolderOf(target);
        var name = target[(target.LastIndexOf('/') + 1)..];
        var hint = Suggestions.Closest(name, _siblings(folder)) is { } near
            ? $"did you mean `{PathNames.Join(import.Path.Value, near)}`?"
            : "the path is relative to the folder of this file, e.g. `../std/metrics.score`";
        importer.ImportDiagnostics.Add(DiagnosticDescriptors.ImportNotFound
            .Create(importer.Tree.Source, import.Path.Span, import.Path.Value, target)
            .WithHint(hint));
    }
}
