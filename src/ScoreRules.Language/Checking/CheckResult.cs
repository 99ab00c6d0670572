using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking;

/// <summary>The outcome of checking a set of rule files.</summary>
/// <param name="Files">Every file read (the ones named and the ones they import), ordered by path.</param>
/// <param name="Diagnostics">All parse and check diagnostics, sorted by path and position.</param>
public sealed record CheckResult(IReadOnlyList<ScoreFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The policy sets checked, one per folder, ordered by folder.</summary>
    public IReadOnlyList<PolicySet> PolicySets { get; init; } = [];

    /// <summary>The text of every file read, ordered by path (what diagnostics point into).</summary>
    public IReadOnlyList<SourceText> Sources => [.. Files.Select(f => f.Source)];

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
