using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking;

/// <summary>
/// The state the passes share while checking one policy version: the scope, the names declared,
/// what earlier passes learnt, and the diagnostics found so far.
/// </summary>
internal sealed class CheckContext(CheckScope scope)
{
    /// <summary>The version being checked.</summary>
    public CheckScope Scope { get; } = scope;

    /// <summary>Declared names (filled by the declare-names pass).</summary>
    public SymbolTable Symbols { get; } = new();

    /// <summary>Facts per metric, rated item and bonus (filled by the bind-expressions pass).</summary>
    public Dictionary<NamedDeclaration, MeasureFacts> Measures { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Scorecards with inheritance applied (filled by the extends pass); cards in a cycle are left out.</summary>
    public Dictionary<ScorecardDeclaration, EffectiveScorecard> Scorecards { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The diagnostics found.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Adds a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, params object?[] args) =>
        Diagnostics.Add(descriptor.Create(source, span, args));

    /// <summary>Adds a diagnostic with a hint (none when <paramref name="hint"/> is null).</summary>
    public void ReportWithHint(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, string? hint, params object?[] args) =>
        Diagnostics.Add(descriptor.Create(source, span, args).WithHint(hint));

    /// <summary>The facts of a measure, or null when it has none.</summary>
    public MeasureFacts? FactsOf(NamedDeclaration declaration) => Measures.GetValueOrDefault(declaration);
}
