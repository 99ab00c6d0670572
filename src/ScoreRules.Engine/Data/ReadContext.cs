using NodaTime;

namespace ScoreRules.Engine.Data;

/// <summary>
/// What reading one source needs and what it found: the time zone for local times, the path to show
/// in messages, the diagnostics, and the counts of rows read, skipped (by reason) and replaced by a
/// <c>keep</c> rule. Use one context per source read; the counts are complete once the records have
/// been enumerated to the end. Not thread-safe.
/// </summary>
public sealed class ReadContext
{
    private readonly List<DataDiagnostic> _diagnostics = [];
    private readonly SortedDictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly List<SkippedRow> _skippedRecords = [];

    /// <summary>A context for reading in <paramref name="timeZone"/>.</summary>
    /// <param name="timeZone">The policy's time zone: date-times without an offset are local clock times there.</param>
    /// <param name="displayPath">The file as messages should name it; null to use the source's path.</param>
    public ReadContext(DateTimeZone timeZone, string? displayPath = null)
    {
        TimeZone = timeZone;
        DisplayPath = displayPath;
    }

    /// <summary>The zone of local date-times (e.g. <c>9/3/2026 14:05</c>); values with an offset or <c>Z</c> keep their own.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>The file as messages name it, or null to use <c>SourceModel.Path</c>.</summary>
    public string? DisplayPath { get; }

    /// <summary>
    /// How many diagnostics are kept in <see cref="Diagnostics"/> (default 1000). Further ones are only
    /// counted (<see cref="ErrorCount"/>, <see cref="WarningCount"/>, <see cref="OmittedDiagnostics"/>),
    /// so a file that is wrong in every row cannot fill memory.
    /// </summary>
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>The diagnostics in the order found (file order), at most <see cref="MaxDiagnostics"/>.</summary>
    public IReadOnlyList<DataDiagnostic> Diagnostics => _diagnostics;

    /// <summary>All errors found, including those not kept.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>All warnings found, including those not kept.</summary>
    public int WarningCount { get; private set; }

    /// <summary>Diagnostics counted but not kept because <see cref="MaxDiagnostics"/> was reached.</summary>
    public int OmittedDiagnostics { get; private set; }

    /// <summary>True when reading failed: any error (with <c>on error fail</c>, any bad value; always a missing file or column).</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>Rows left out by <c>on error skip</c>, by reason (e.g. <c>csat: not a number</c> → 3), in ordinal order of the reason.</summary>
    public IReadOnlyDictionary<string, int> SkippedRows => _skipped;

    /// <summary>The number of rows left out by <c>on error skip</c>, all reasons together.</summary>
    public int SkippedRowCount => _skipped.Values.Sum();

    /// <summary>Data rows read from the file, good or bad; blank rows are not counted.</summary>
    public int RowsRead { get; private set; }

    /// <summary>Rows replaced by another row of the same key under a <c>keep</c> rule.</summary>
    public int RowsReplaced { get; private set; }

    /// <summary>The display path for <paramref name="sourcePath"/>: <see cref="DisplayPath"/> when set.</summary>
    public string PathFor(string sourcePath) => DisplayPath ?? sourcePath;

    /// <summary>Adds a diagnostic (kept while fewer than <see cref="MaxDiagnostics"/> are).</summary>
    public void Report(DataDiagnostic diagnostic)
    {
        if (diagnostic.IsError) ErrorCount++;
        else WarningCount++;
        if (_diagnostics.Count < MaxDiagnostics) _diagnostics.Add(diagnostic);
        else OmittedDiagnostics++;
    }

    /// <summary>
    /// True (the default) to keep each field's converted values by cell text (<see cref="ValueMemo"/>);
    /// false converts every cell afresh. The records and diagnostics are the same either way.
    /// </summary>
    internal bool MemoizeValues { get; init; } = true;

    /// <summary>1-based column of each field in the file (indexed like the source's fields), once the header is read; for the key's messages.</summary>
    internal int[] FieldColumns { get; set; } = [];

    /// <summary>Rows left out by <c>on error skip</c> whose person could be read, in file order.</summary>
    public IReadOnlyList<SkippedRow> SkippedRecords => _skippedRecords;

    internal void CountSkipped(string reason, DataRecord? partial = null)
    {
        _skipped[reason] = _skipped.TryGetValue(reason, out var n) ? n + 1 : 1;
        if (partial is not null) _skippedRecords.Add(new SkippedRow(partial, reason));
    }

    internal void CountRow() => RowsRead++;

    internal void CountReplaced() => RowsReplaced++;
}
