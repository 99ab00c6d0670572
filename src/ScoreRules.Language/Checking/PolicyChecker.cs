using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking;

/// <summary>
/// Entry point for checking rule files: finds the <c>.score</c> files under the given paths,
/// parses them and runs the semantic passes, returning every diagnostic.
/// </summary>
public static class PolicyChecker
{
    /// <summary>Checks files and folders (folders are searched recursively for <c>*.score</c>).</summary>
    /// <param name="paths">Files or folders, as the user typed them (shown in diagnostics).</param>
    /// <param name="options">Options, or null for defaults.</param>
    public static CheckResult Check(IEnumerable<string> paths, CheckOptions? options = null)
    {
        options ??= new CheckOptions();
        var files = new List<ScoreFile>();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in RuleFiles.Find(paths, diagnostics))
        {
            var parsed = ScoreParser.ParseFile(path);
            files.Add(parsed.Tree);
            diagnostics.AddRange(parsed.Diagnostics);
        }
        if (options.WarningsAsErrors)
            diagnostics = diagnostics.Select(d => d with { Severity = DiagnosticSeverity.Error }).ToList();
        return new CheckResult(files, DiagnosticBag.Sort(diagnostics));
    }
}
