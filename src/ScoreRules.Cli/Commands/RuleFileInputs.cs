using System.CommandLine;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Commands;

/// <summary>Turns the paths a user typed into <c>.score</c> files, reporting the ones that are not there.</summary>
internal static class RuleFileInputs
{
    /// <summary>
    /// The PATH argument of a command: one or more files or folders. A word that starts with <c>-</c>
    /// and names nothing on disk is reported as an unknown option rather than a missing file.
    /// </summary>
    public static Argument<string[]> CreateArgument(string description)
    {
        var argument = new Argument<string[]>("PATH")
        {
            Description = description,
            Arity = ArgumentArity.OneOrMore,
        };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"unknown option '{token.Value}'");
        });
        return argument;
    }

    /// <summary>
    /// The <c>.score</c> files under <paramref name="paths"/> (see <see cref="RuleFiles.Find"/>), or
    /// null after writing <c>error: PATH is not a .score file</c> for each named file without the
    /// <c>.score</c> extension, <c>error: PATH: no such file or folder</c> for each missing path, or
    /// <c>error: no .score files in …</c> when the paths hold none, to <paramref name="stderr"/>.
    /// </summary>
    public static IReadOnlyList<string>? Find(IReadOnlyList<string> paths, TextWriter stderr)
    {
        // A file named on the command line must be a rule file: `check README.md` is a slip, not a policy.
        var notRules = paths.Where(p => File.Exists(p) && !p.EndsWith(".score", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var path in notRules)
            stderr.Write($"error: {path} is not a .score file\n");
        if (notRules.Count > 0) return null;
        var missing = new List<Diagnostic>();
        var files = RuleFiles.Find(paths, missing);
        foreach (var diagnostic in missing)
            stderr.Write($"error: {diagnostic.Message}\n");
        if (missing.Count > 0) return null;
        if (files.Count == 0)
        {
            stderr.Write($"error: no .score files in {string.Join(", ", paths)}\n");
            return null;
        }
        return files;
    }
}
