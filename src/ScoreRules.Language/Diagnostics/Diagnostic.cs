using ScoreRules.Language.Text;

namespace ScoreRules.Language.Diagnostics;

/// <summary>
/// A problem found in a rule file: its kind (<see cref="Descriptor"/>), where it is, the message
/// and an optional hint (e.g. "did you mean `weight`?"). Diagnostics are values, never exceptions.
/// </summary>
/// <param name="Descriptor">The kind of problem, with its code and severity.</param>
/// <param name="Source">The file, or null for problems not tied to a file (e.g. a missing folder).</param>
/// <param name="Span">Where in <paramref name="Source"/> the problem is.</param>
/// <param name="Message">The message for an HR author: what was expected and what was found.</param>
/// <param name="Hint">An optional suggestion shown under the caret line.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceText? Source, TextSpan Span, string Message, string? Hint)
{
    /// <summary>The stable code, e.g. <c>SR2001</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The severity, possibly raised to error by <c>--warnaserror</c>.</summary>
    public DiagnosticSeverity Severity { get; init; } = Descriptor.Severity;

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The 1-based start position, or (0, 0) without a source.</summary>
    public LinePosition Position => Source?.GetPosition(Span.Start) ?? default;

    /// <summary>A copy with a hint added.</summary>
    public Diagnostic WithHint(string? hint) => this with { Hint = hint };

    /// <summary>The one-line form <c>path:line:col: error SR1003: message</c>.</summary>
    public override string ToString()
    {
        var sev = IsError ? "error" : "warning";
        return Source is null ? $"{sev} {Code}: {Message}" : $"{Source.Path}:{Position.Line}:{Position.Column}: {sev} {Code}: {Message}";
    }
}
