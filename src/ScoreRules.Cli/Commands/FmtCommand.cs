using System.CommandLine;
using System.Text;
using ScoreRules.Cli.Output;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Formatting;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules fmt PATH... [--check] [--diff]</c>: rewrites rule files in the canonical layout of
/// <see cref="ScoreFormatter"/> (UTF-8 without byte-order mark, LF line ends), so that git diffs of
/// rule changes show only real changes.
/// </summary>
internal static class FmtCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Builds the <c>fmt</c> command.</summary>
    public static Command Create()
    {
        var paths = RuleFileInputs.CreateArgument("Rule files (.score) or folders to format; folders are searched with all their subfolders.");
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing; list the files that are not formatted and fail if there are any (for CI).",
        };
        var diff = new Option<bool>("--diff")
        {
            Description = "Change nothing; show what formatting would change, as a diff.",
        };

        var command = new Command("fmt", "Lay out rule files in the one standard format, so that changes are easy to review.")
        {
            paths, check, diff,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(check),
            parseResult.GetValue(diff),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Formats every <c>.score</c> file under <paramref name="paths"/>. A file with syntax errors is
    /// left as it is and its diagnostics go to <paramref name="stderr"/>. Returns 2 when a path is
    /// missing or a file cannot be read or written, 1 when a file has syntax errors or (with
    /// <paramref name="check"/>) is not formatted, else 0.
    /// </summary>
    private static int Run(IReadOnlyList<string> paths, bool check, bool diff, TextWriter stdout, TextWriter stderr)
    {
        if (RuleFileInputs.Find(paths, stderr) is not { } files) return ExitCodes.UsageError;

        var inputError = false;
        var syntaxErrors = false;
        var changed = new List<string>();
        foreach (var path in files)
        {
            if (Read(path, stderr) is not { } original)
            {
                inputError = true;
                continue;
            }
            var parsed = ScoreParser.Parse(path, original);
            if (parsed.HasErrors)
            {
                syntaxErrors = true;
                stderr.Write(DiagnosticFormatter.RenderAll(parsed.Diagnostics));
                continue;
            }
            // A byte-order mark is part of the original, so a file that has one counts as changed.
            var formatted = ScoreFormatter.Format(parsed.Tree);
            if (formatted == original) continue;
            changed.Add(path);

            if (diff) stdout.Write(UnifiedDiff.Create(path, original, formatted));
            else if (check) stdout.Write(path + "\n");
            else if (!AtomicFile.TryWrite(path, formatted, stderr))
            {
                // Not formatted after all (a read-only file, …): not counted in "formatted N files".
                inputError = true;
                changed.Remove(path);
            }
        }

        if (!check && !diff)
            stdout.Write($"formatted {Plural.Of(changed.Count, "file")}\n");
        if (inputError) return ExitCodes.UsageError;
        if (syntaxErrors || check && changed.Count > 0) return ExitCodes.Problems;
        return ExitCodes.Ok;
    }

    private static string? Read(string path, TextWriter stderr)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            stderr.Write($"error: {path}: cannot read this file: it is not valid UTF-8 text (save it as UTF-8)\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"error: {path}: cannot read this file: {e.Message}\n");
        }
        return null;
    }
}
