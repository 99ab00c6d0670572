using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>Data warnings found while evaluating (e.g. a response before its ticket was created), one per file row.</summary>
public sealed class DataWarnings
{
    private readonly Dictionary<(string Path, int Row, string Code), DataDiagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>SD101: an end time before its start time; the duration counts as 0.</summary>
    /// <param name="table">The row's table.</param>
    /// <param name="row">The row number (<see cref="DataRecord.Row"/>).</param>
    /// <param name="rule">The rule that computed the business time.</param>
    public void EndBeforeStart(SourceTable table, int row, RuleLocation rule)
    {
        lock (_lock)
            _items.TryAdd((table.DisplayPath, row, "SD101"), new DataDiagnostic(table.DisplayPath, row, 0, "SD101", false,
                $"the end time is before the start time, so the business time counts as 0 (rule at {rule})"));
    }

    /// <summary>Adds the warnings of <paramref name="other"/> in the order they were found; a row already warned about keeps its first warning.</summary>
    internal void AddAll(DataWarnings other)
    {
        if (ReferenceEquals(other, this)) return;
        lock (other._lock)
        lock (_lock)
            foreach (var (key, diagnostic) in other._items)
                _items.TryAdd(key, diagnostic);
    }

    /// <summary>All warnings, by file and row.</summary>
    public IReadOnlyList<DataDiagnostic> ToList()
    {
        lock (_lock)
            return _items.Values.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Row).ToList();
    }
}
