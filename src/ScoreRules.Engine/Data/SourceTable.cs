using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using NodaTime;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// The typed rows of one source, indexed by person and by field name, ready for evaluation.
/// Rows are kept in file order; a person's rows are a sub-list in the same order.
/// Safe to read from several threads at once.
/// </summary>
public sealed class SourceTable
{
    private readonly Dictionary<string, int> _fieldIndex;
    private readonly Dictionary<string, List<DataRecord>> _byPerson;
    private readonly Dictionary<string, List<SkippedRow>> _skippedByPerson;
    private readonly Dictionary<string, List<int>> _positionsByPerson;
    private readonly Dictionary<string, int> _personOrdinal;
    private readonly int[] _personOfRow;
    private readonly ConcurrentDictionary<(int Field, DateTimeZone Zone), Lazy<RowDates>> _tableDates = new();

    /// <summary>Indexes <paramref name="rows"/> of <paramref name="source"/>.</summary>
    /// <param name="source">The source declaration.</param>
    /// <param name="displayPath">The data file as shown in messages.</param>
    /// <param name="rows">Typed rows, values indexed like <see cref="SourceModel.Fields"/>.</param>
    /// <param name="skipped">Rows left out by <c>on error skip</c> whose person could be read (<see cref="ReadContext.SkippedRecords"/>), or null.</param>
    public SourceTable(SourceModel source, string displayPath, IEnumerable<DataRecord> rows, IEnumerable<SkippedRow>? skipped = null)
    {
        Source = source;
        DisplayPath = displayPath;
        _fieldIndex = source.Fields.Select((f, i) => (f.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        Rows = rows.ToList();
        _byPerson = new Dictionary<string, List<DataRecord>>(StringComparer.Ordinal);
        _positionsByPerson = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _personOrdinal = new Dictionary<string, int>(StringComparer.Ordinal);
        _personOfRow = new int[Rows.Count];
        _personOfRow.AsSpan().Fill(-1);
        _skippedByPerson = new Dictionary<string, List<SkippedRow>>(StringComparer.Ordinal);
        var personIndex = FieldIndex(source.PersonField);
        if (personIndex < 0) return;
        foreach (var s in skipped ?? [])
        {
            var person = s.Partial.Values[personIndex]?.ToString();
            if (person is null) continue;
            if (!_skippedByPerson.TryGetValue(person, out var list)) _skippedByPerson[person] = list = [];
            list.Add(s);
        }
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var person = row.Values[personIndex]?.ToString();
            if (person is null) continue;
            if (!_byPerson.TryGetValue(person, out var list))
            {
                _byPerson[person] = list = [];
                _positionsByPerson[person] = [];
                _personOrdinal[person] = _personOrdinal.Count;
            }
            list.Add(row);
            _personOfRow[i] = _personOrdinal[person];
            _positionsByPerson[person].Add(i);
        }
    }

    /// <summary>The rows of <paramref name="person"/> left out as bad data by <c>on error skip</c>, in file order.</summary>
    public IReadOnlyList<SkippedRow> SkippedOf(string person) => _skippedByPerson.TryGetValue(person, out var list) ? list : [];

    /// <summary>The source declaration.</summary>
    public SourceModel Source { get; }

    /// <summary>The data file as shown in messages.</summary>
    public string DisplayPath { get; }

    /// <summary>All rows in file order.</summary>
    public IReadOnlyList<DataRecord> Rows { get; }

    /// <summary>The people who have rows, in order of first appearance.</summary>
    public IEnumerable<string> People => _byPerson.Keys;

    /// <summary>The index of field <paramref name="name"/> in a row's values, or -1.</summary>
    public int FieldIndex(string name) => _fieldIndex.GetValueOrDefault(name, -1);

    /// <summary>The rows of <paramref name="person"/> in file order (empty when none).</summary>
    public IReadOnlyList<DataRecord> RowsOf(string person) => _byPerson.TryGetValue(person, out var list) ? list : [];

    /// <summary>
    /// The local date that places <paramref name="row"/> in a period: the value of <paramref name="atField"/>
    /// (an instant is taken in <paramref name="zone"/>), or null when the field is empty or absent.
    /// </summary>
    public LocalDate? DateOf(DataRecord row, string atField, DateTimeZone zone)
    {
        var index = FieldIndex(atField);
        return index < 0 ? null : LocalDateOf(row.Values[index], zone);
    }

    // A date-time's local date in the zone, a date as it is; anything else (empty) has none.
    private static LocalDate? LocalDateOf(object? value, DateTimeZone zone) => value switch
    {
        Instant i => i.InZone(zone).Date,
        LocalDate d => d,
        _ => null,
    };

    /// <summary>True when <paramref name="row"/>'s <paramref name="atField"/> falls in <paramref name="period"/>.</summary>
    public bool InPeriod(DataRecord row, string atField, DateTimeZone zone, AppraisalPeriod period) =>
        DateOf(row, atField, zone) is { } date && period.Contains(date);

    /// <summary>
    /// The rows of <paramref name="person"/> whose <paramref name="atField"/> falls in <paramref name="period"/>, in
    /// file order: the same rows as filtering <see cref="RowsOf"/> with <see cref="InPeriod"/>. The local date of
    /// every row is worked out once per field and zone; when a person's dates never decrease in file order the
    /// result is a slice of their rows, otherwise a filtered copy. An empty or unreadable date is in no period.
    /// </summary>
    public IReadOnlyList<DataRecord> RowsInPeriod(string person, string atField, DateTimeZone zone, AppraisalPeriod period)
    {
        if (!_byPerson.TryGetValue(person, out var rows)) return [];
        var index = FieldIndex(atField);
        if (index < 0) return [];
        var dates = DatesOf(person, index, zone);
        var start = period.Start;
        var end = period.End;
        if (dates.Ascending)
        {
            var from = FirstAtOrAfter(dates, start);
            var to = FirstAtOrAfter(dates, end);
            return from == to ? [] : new RowSlice(rows, from, to - from);
        }
        var selected = new List<DataRecord>();
        for (var i = 0; i < rows.Count; i++)
            if (dates[i] is { } date && date >= start && date < end) selected.Add(rows[i]);
        return selected;
    }

    // Not kept per person: a person's dates are read through their positions, and whether they never decrease was
    // worked out with the table's dates.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PersonDates DatesOf(string person, int index, DateTimeZone zone)
    {
        var all = _tableDates.GetOrAdd((index, zone), static (k, table) => new Lazy<RowDates>(() => table.TableDates(k.Field, k.Zone)), this).Value;
        return new PersonDates(all.Dates, _positionsByPerson[person], all.Ascending[_personOrdinal[person]]);
    }

    // The dates of all rows, read in file order: the order the rows lie in memory, several times faster than person by person.
    // In the same pass: for each person, whether their dates are all there and never decrease in file order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private RowDates TableDates(int index, DateTimeZone zone)
    {
        var dates = new LocalDate?[Rows.Count];
        var ascending = new bool[_personOrdinal.Count];
        var last = new LocalDate?[_personOrdinal.Count];
        ascending.AsSpan().Fill(true);
        for (var i = 0; i < dates.Length; i++)
        {
            var date = dates[i] = LocalDateOf(Rows[i].Values[index], zone);
            var person = _personOfRow[i];
            if (person < 0 || !ascending[person]) continue;
            if (date is not { } known || (last[person] is { } before && known < before)) ascending[person] = false;
            else last[person] = known;
        }
        return new RowDates(dates, ascending);
    }

    /// <summary>The local dates of all rows in file order, and by person ordinal whether that person's dates never decrease.</summary>
    private sealed record RowDates(LocalDate?[] Dates, bool[] Ascending);

    /// <summary>The first index whose date is at or after <paramref name="date"/>, in dates that never decrease and are never empty.</summary>
    private static int FirstAtOrAfter(PersonDates dates, LocalDate date)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (dates[mid]!.Value < date) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The local dates of a person's rows (aligned with their rows, read from the table's dates), and whether they never decrease.</summary>
    private sealed class PersonDates
    {
        private readonly LocalDate?[] _tableDates;
        private readonly List<int> _positions;

        public PersonDates(LocalDate?[] tableDates, List<int> positions, bool ascending)
        {
            _tableDates = tableDates;
            _positions = positions;
            Ascending = ascending;
        }

        public LocalDate? this[int index] => _tableDates[_positions[index]];

        public int Count => _positions.Count;

        public bool Ascending { get; }
    }

    /// <summary>A run of consecutive rows of a person, without copying them.</summary>
    private sealed class RowSlice(List<DataRecord> rows, int start, int count) : IReadOnlyList<DataRecord>
    {
        public DataRecord this[int index] => (uint)index < (uint)count ? rows[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<DataRecord> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return rows[start + i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
