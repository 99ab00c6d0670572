using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Counts, for each field with <c>expect [ … ]</c> (<see cref="FieldModel.Expected"/>), the rows whose value the
/// list does not hold, and reports them once the file is read: one SD105 warning per field, each unexpected
/// value with its number of rows and the first rows. Every row is passed on unchanged, before any <c>keep</c>
/// rule, so a replaced row of an event log is counted too. Empty values are not checked.
/// </summary>
internal static class ExpectedValueCheck
{
    /// <summary>At most this many unexpected values are named in one message; the others are counted.</summary>
    public const int ValuesShown = 10;

    /// <summary>At most this many rows are named per unexpected value.</summary>
    public const int RowsShown = 3;

    /// <summary><paramref name="records"/> unchanged; the warnings go to <paramref name="context"/> when the enumeration ends.</summary>
    public static IEnumerable<DataRecord> Apply(SourceModel source, IEnumerable<DataRecord> records, ReadContext context)
    {
        var checkedFields = new List<(int Index, HashSet<string> Allowed)>();
        for (var i = 0; i < source.Fields.Count; i++)
            if (source.Fields[i].Expected is { } expected)
                checkedFields.Add((i, new HashSet<string>(expected, StringComparer.Ordinal)));
        return checkedFields.Count == 0 ? records : Check(source, records, context, checkedFields);
    }

    private sealed class Found(int firstRow)
    {
        public int Count { get; set; } = 1;
        public List<int> Rows { get; } = [firstRow];
    }

    private static IEnumerable<DataRecord> Check(SourceModel source, IEnumerable<DataRecord> records, ReadContext context,
        List<(int Index, HashSet<string> Allowed)> checkedFields)
    {
        // Per checked field: unexpected value → rows, in the order the values first appear.
        var found = checkedFields.Select(_ => new Dictionary<string, Found>(StringComparer.Ordinal)).ToArray();
        foreach (var record in records)
        {
            for (var f = 0; f < checkedFields.Count; f++)
            {
                if (record.Values[checkedFields[f].Index] is not string value || checkedFields[f].Allowed.Contains(value)) continue;
                if (!found[f].TryGetValue(value, out var seen)) found[f][value] = new Found(record.Row);
                else if (++seen.Count <= RowsShown) seen.Rows.Add(record.Row);
            }
            yield return record;
        }
        var path = context.PathFor(source.Path);
        for (var f = 0; f < checkedFields.Count; f++)
            if (found[f].Count > 0)
                context.Report(new DataDiagnostic(path, 0, 0, DataCodes.UnexpectedValue, false,
                    Message(Path.GetFileName(path), source.Fields[checkedFields[f].Index], found[f])));
    }

    private static string Message(string file, FieldModel field, Dictionary<string, Found> found)
    {
        var rows = found.Values.Sum(v => v.Count);
        // Values by how many rows hold them, most first; ties by the row where they first appear.
        var values = found
            .OrderByDescending(v => v.Value.Count).ThenBy(v => v.Value.Rows[0])
            .Take(ValuesShown)
            .Select(v => $"{MessageText.Quote(v.Key)} in {Rows(v.Value.Count)} ({(v.Value.Count > RowsShown ? "first: " : "")}{string.Join(", ", v.Value.Rows)})");
        var more = found.Count > ValuesShown ? $" and {found.Count - ValuesShown} more values" : "";
        return $"{Rows(rows)} of {file} {(rows == 1 ? "has" : "have")} a value of field {field.Name} (column \"{field.Column}\") " +
            $"that its expect list does not hold: {string.Join(", ", values)}{more}; " +
            $"{(rows == 1 ? "the row is used as it is" : "the rows are used as they are")}; add a value to the list if it is valid";
    }

    private static string Rows(int n) => n == 1 ? "1 row" : $"{n} rows";
}
