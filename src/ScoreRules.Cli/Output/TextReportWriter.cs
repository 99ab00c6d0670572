using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The human-readable report of <c>scorerules check</c>: each diagnostic as
/// <see cref="DiagnosticFormatter.Render"/> shows it, a blank line after each, then a summary line.
/// </summary>
internal static class TextReportWriter
{
    /// <summary>
    /// Writes the diagnostics that point into a file to <paramref name="stdout"/>, and the ones tied to
    /// no position (a file that cannot be read) as <c>error: …</c> lines to <paramref name="stderr"/>;
    /// then the summary (<see cref="Summary"/>) to <paramref name="stdout"/>.
    /// </summary>
    public static void Write(CheckResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Source is null)
                stderr.Write($"{(diagnostic.IsError ? "error" : "warning")}: {diagnostic.Message}\n");
            else
                stdout.Write(DiagnosticFormatter.Render(diagnostic) + "\n\n");
        }
        stdout.Write(Summary(result) + "\n");
    }

    /// <summary>"3 errors, 1 warning in 4 files", or "no problems in 4 files"; zero counts are left out.</summary>
    public static string Summary(CheckResult result)
    {
        var parts = new List<string>();
        if (result.ErrorCount > 0) parts.Add(Plural.Of(result.ErrorCount, "error"));
        if (result.WarningCount > 0) parts.Add(Plural.Of(result.WarningCount, "warning"));
        var problems = parts.Count == 0 ? "no problems" : string.Join(", ", parts);
        return $"{problems} in {Plural.Of(result.Files.Count, "file")}";
    }
}
