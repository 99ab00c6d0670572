using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Notes the rows of a source with a <c>keep</c> rule that sort before an earlier row of the same key by the
/// <c>keep … by</c> fields (e.g. an event log line whose change count is lower than that of a line above it),
/// and reports them once the file is read as one SD104 warning: how many keys and rows, the first few named.
/// The kept rows do not depend on it: <c>keep</c> compares values, not places in the file.
/// </summary>
internal sealed class KeepOrderCheck(SourceModel source, KeepRule keep, int keyIndex)
{
    /// <summary>At most this many rows (one per key) are named in the message.</summary>
    public const int RowsShown = 3;

    private readonly HashSet<object> _keys = [];
    private readonly List<(int Row, object Key)> _first = [];
    private int _rows;

    /// <summary>Notes that <paramref name="record"/> sorts before an earlier row of its key.</summary>
    public void OutOfOrder(DataRecord record)
    {
        _rows++;
        var key = record.Values[keyIndex]!;
        if (_keys.Add(key) && _first.Count < RowsShown) _first.Add((record.Row, key));
    }

    /// <summary>Reports the SD104 warning to <paramref name="context"/> when some row was out of order.</summary>
    public void Report(ReadContext context)
    {
        if (_rows == 0) return;
        var path = context.PathFor(source.Path);
        var keyName = source.Fields[keyIndex].Name;
        var by = string.Join(", ", keep.OrderBy);
        var first = string.Join("; ", _first.Select(f => $"row {f.Row}, {keyName} {MessageText.Quote(MessageText.TextOf(f.Key))}"));
        var keys = _keys.Count;
        context.Report(new DataDiagnostic(path, 0, 0, DataCodes.RowsOutOfOrder, false,
            $"the rows of {(keys == 1 ? "1 key" : $"{keys} keys")} (field {keyName}) are out of order in {Path.GetFileName(path)}: " +
            $"{(_rows == 1 ? "1 row sorts" : $"{_rows} rows sort")} before an earlier row with the same {keyName} by {by} (first: {first}); " +
            $"keep {(keep.Last ? "last" : "first")} compares these values, not the places in the file, " +
            $"so it still keeps the row with the {(keep.Last ? "largest" : "smallest")} values"));
    }
}
