using System.Runtime.InteropServices;
using ScoreRules.Engine.Data.Columns;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// The typed rows of one source, indexed by person and by field name, ready for evaluation.
/// Values are stored column by column (one array per field, unboxed where the type allows: see <see cref="Column"/>), with each person's rows next to each other in file
/// order, so that evaluating a person reads memory in sequence and a row costs no object of its own; a
/// <see cref="DataRecord"/> is built only when a row is asked for as one. Safe to read from several threads at once.
/// </summary>
public sealed partial class SourceTable
{
    private readonly Dictionary<string, int> _fieldIndex;
    private readonly Column?[] _columns;
    private readonly int[] _rowNumbers;
    private readonly string[] _people;
    private readonly Dictionary<string, int> _personOrdinal;
    // Person ordinal p's rows are the positions _personStart[p] .. _personStart[p + 1] - 1; rows without a person
    // come last, from _personStart[people] to the end.
    private readonly int[] _personStart;
    // The position of each row in the order the rows were given (file order, or key order after a keep rule).
    private readonly int[] _positionInFileOrder;
    private readonly Dictionary<string, List<SkippedRow>> _skippedByPerson;

    /// <summary>
    /// Indexes <paramref name="rows"/> of <paramref name="source"/>, reading them once as they are enumerated
    /// (they are not kept), then <paramref name="skipped"/>: a list that enumerating the rows may still be filling,
    /// such as <see cref="ReadContext.SkippedRecords"/>.
    /// </summary>
    /// <param name="source">The source declaration.</param>
    /// <param name="displayPath">The data file as shown in messages.</param>
    /// <param name="rows">Typed rows, values indexed like <see cref="SourceModel.Fields"/>.</param>
    /// <param name="skipped">Rows left out by <c>on error skip</c> whose person could be read, or null.</param>
    /// <param name="keptFields">The names of the fields whose values are kept (see <see cref="Loading.FieldsUsed"/>), or null for all.
    /// The others read as empty in <see cref="DataRecord"/>s built from the table, and <see cref="Keeps"/> is false for them.</param>
    public SourceTable(SourceModel source, string displayPath, IEnumerable<DataRecord> rows, IEnumerable<SkippedRow>? skipped = null,
        IReadOnlySet<string>? keptFields = null)
    {
        Source = source;
        DisplayPath = displayPath;
        _fieldIndex = source.Fields.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        _personOrdinal = new Dictionary<string, int>(StringComparer.Ordinal);
        var personIndex = FieldIndex(source.PersonField);

        var builders = source.Fields.Select(f => keptFields is null || keptFields.Contains(f.Name) ? Column.Builder(f.Type) : null).ToArray();
        var rowNumbers = new List<int>();
        var owners = new List<int>();
        foreach (var row in rows)
        {
            var ordinal = -1;
            if (personIndex >= 0 && row.Values[personIndex]?.ToString() is { } person)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_personOrdinal, person, out var seen);
                if (!seen) slot = _personOrdinal.Count - 1;
                ordinal = slot;
            }
            for (var f = 0; f < builders.Length; f++)
                if (builders[f] is not null) ColumnBuilder.Add(ref builders[f]!, row.Values[f]);
            rowNumbers.Add(row.Row);
            owners.Add(ordinal);
        }

        _people = new string[_personOrdinal.Count];
        foreach (var (person, ordinal) in _personOrdinal) _people[ordinal] = person;
        (_personStart, _positionInFileOrder) = GroupByPerson(owners, _people.Length);
        _rowNumbers = new int[rowNumbers.Count];
        for (var i = 0; i < _rowNumbers.Length; i++) _rowNumbers[_positionInFileOrder[i]] = rowNumbers[i];
        _columns = builders.Select(b => b?.Build(_positionInFileOrder)).ToArray();

        _skippedByPerson = new Dictionary<string, List<SkippedRow>>(StringComparer.Ordinal);
        if (personIndex < 0) return;
        foreach (var s in skipped ?? [])
        {
            if (s.Partial.Values[personIndex]?.ToString() is not { } person) continue;
            if (!_skippedByPerson.TryGetValue(person, out var list)) _skippedByPerson[person] = list = [];
            list.Add(s);
        }
    }

    // A stable counting sort of the rows by person ordinal (-1, no person, last): where each person's rows start,
    // and where each row, numbered in the order given, goes.
    private static (int[] Start, int[] Position) GroupByPerson(IReadOnlyList<int> owners, int people)
    {
        var start = new int[people + 2];
        foreach (var owner in owners) start[(owner < 0 ? people : owner) + 1]++;
        for (var p = 1; p < start.Length; p++) start[p] += start[p - 1];
        var next = start[..^1];
        var position = new int[owners.Count];
        for (var i = 0; i < position.Length; i++) position[i] = next[owners[i] < 0 ? people : owners[i]]++;
        return (start, position);
    }

    /// <summary>The rows of <paramref name="person"/> left out as bad data by <c>on error skip</c>, in file order.</summary>
    public IReadOnlyList<SkippedRow> SkippedOf(string person) => _skippedByPerson.TryGetValue(person, out var list) ? list : [];

    /// <summary>The source declaration.</summary>
    public SourceModel Source { get; }

    /// <summary>The data file as shown in messages.</summary>
    public string DisplayPath { get; }

    /// <summary>The number of rows.</summary>
    public int Count => _rowNumbers.Length;

    /// <summary>All rows in the order they were given (file order, or key order after a <c>keep</c> rule), each built when read.</summary>
    public IReadOnlyList<DataRecord> Rows => new TableRows(this, _positionInFileOrder);

    /// <summary>The people who have rows, in order of first appearance.</summary>
    public IReadOnlyList<string> People => _people;

    /// <summary>The index of field <paramref name="name"/> in a row's values, or -1.</summary>
    public int FieldIndex(string name) => _fieldIndex.GetValueOrDefault(name, -1);

    /// <summary>The rows of <paramref name="person"/> in file order (empty when none).</summary>
    public TableRows RowsOf(string person) =>
        _personOrdinal.TryGetValue(person, out var p) ? new TableRows(this, _personStart[p], _personStart[p + 1] - _personStart[p]) : new TableRows(this, 0, 0);

    /// <summary>False when the values of field <paramref name="field"/> (an index from <see cref="FieldIndex"/>) were not kept.</summary>
    public bool Keeps(int field) => _columns[field] is not null;

    /// <summary>The values of field <paramref name="field"/> (an index from <see cref="FieldIndex"/>) by storage position, or null when not kept.</summary>
    internal Column? ColumnOf(int field) => _columns[field];

    /// <summary>The value of kept field <paramref name="field"/> in the row at storage position <paramref name="position"/>.</summary>
    internal object? ValueAt(int field, int position) => _columns[field]![position];

    /// <summary>The row number, as <see cref="DataRecord.Row"/> gives it, of the row at storage position <paramref name="position"/>.</summary>
    internal int RowNumberAt(int position) => _rowNumbers[position];

    /// <summary>The row at storage position <paramref name="position"/> as a record of its own.</summary>
    internal DataRecord RecordAt(int position)
    {
        var values = new object?[_columns.Length];
        for (var f = 0; f < values.Length; f++) values[f] = _columns[f]?[position];
        return new DataRecord(_rowNumbers[position], values);
    }
}
