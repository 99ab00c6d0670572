using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Parsing;

/// <summary>What parsing one file gives: the tree of what parsed and the diagnostics of what did not.</summary>
/// <param name="Tree">The syntax tree; declarations with syntax errors are left out of it.</param>
/// <param name="Diagnostics">Lexical and syntax errors, sorted by position.</param>
public sealed record ParseResult(ScoreFile Tree, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
