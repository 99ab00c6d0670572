using System.Collections;

namespace ScoreRules.Language.Diagnostics;

/// <summary>Collects diagnostics from the parser and checker passes; enumerates them sorted by file and position.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => _items.Any(d => d.IsError);

    /// <summary>Number of diagnostics.</summary>
    public int Count => _items.Count;

    /// <summary>The diagnostics sorted by path, line, column, then code; duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => Sort(_items);

    /// <summary>Sorts diagnostics by path, offset and code and drops exact duplicates.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .DistinctBy(d => (d.Source?.Path, d.Span, d.Code, d.Message))
            .OrderBy(d => d.Source?.Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

    /// <inheritdoc/>
    public IEnumerator<Diagnostic> GetEnumerator() => ToSortedList().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
