using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.TimeZones;
using ScoreRules.Engine.Periods;

namespace ScoreRules.Engine.Data;

public sealed partial class SourceTable
{
    private readonly ConcurrentDictionary<(int Field, DateTimeZone Zone), Lazy<RowDates>> _rowDates = new();

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
    /// result is a run of their rows found by binary search, otherwise the rows picked one by one. An empty or
    /// unreadable date is in no period.
    /// </summary>
    public TableRows RowsInPeriod(string person, string atField, DateTimeZone zone, AppraisalPeriod period)
    {
        var index = FieldIndex(atField);
        if (index < 0 || !_personOrdinal.TryGetValue(person, out var ordinal)) return new TableRows(this, 0, 0);
        var all = _rowDates.GetOrAdd((index, zone), static (_, table) => new Lazy<RowDates>(() => new RowDates(table.Count, table._people.Length)), this).Value;
        if (Volatile.Read(ref all.Known[ordinal]) == 0)
        {
            FillDates(all, ordinal, index, zone);
            Volatile.Write(ref all.Known[ordinal], 1);
        }
        var from = _personStart[ordinal];
        var to = _personStart[ordinal + 1];
        var start = period.Start;
        var end = period.End;
        if (all.Ascending[ordinal])
        {
            var first = FirstAtOrAfter(all.Dates, from, to, start);
            return new TableRows(this, first, FirstAtOrAfter(all.Dates, first, to, end) - first);
        }
        var selected = new List<int>();
        for (var p = from; p < to; p++)
            if (all.Dates[p] is { } date && date >= start && date < end) selected.Add(p);
        return new TableRows(this, [.. selected]);
    }

    // The dates of one person's rows, and whether they are all there and never decrease in file order. Each person's
    // dates are worked out the first time they are asked for, by whichever thread evaluates that person; two threads
    // asking at once both write the same values.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillDates(RowDates all, int person, int field, DateTimeZone zone)
    {
        // A field whose values were not kept places no row, like an empty one.
        var column = _columns[field];
        var rising = true;
        LocalDate? last = null;
        ZoneInterval? offsets = null;
        long lastDay = long.MinValue;
        var lastDate = default(LocalDate);
        for (var i = _personStart[person]; i < _personStart[person + 1]; i++)
        {
            LocalDate? date;
            if (column is null) date = null;
            else if (column.TryGetInstant(i, out var instant))
            {
                // The zone's offset changes rarely, so the interval found for one row usually holds the next; and
                // consecutive rows are often on the same local day, which is then not worked out again.
                if (offsets is null || !offsets.Contains(instant)) offsets = zone.GetZoneInterval(instant);
                var day = Math.DivRem(instant.ToUnixTimeTicks() + offsets.WallOffset.Ticks, NodaConstants.TicksPerDay, out var rest);
                if (rest < 0) day--;
                if (day != lastDay)
                {
                    lastDay = day;
                    lastDate = instant.WithOffset(offsets.WallOffset).Date;
                }
                date = lastDate;
            }
            else date = LocalDateOf(column[i], zone);
            all.Dates[i] = date;
            if (date is not { } known || (last is { } before && known < before)) rising = false;
            else last = known;
        }
        all.Ascending[person] = rising;
    }

    /// <summary>
    /// The local dates of rows by storage position, and by person ordinal whether that person's dates never decrease;
    /// filled person by person (<see cref="Known"/>: 1 once a person's are there).
    /// </summary>
    private sealed class RowDates(int rows, int people)
    {
        public readonly LocalDate?[] Dates = new LocalDate?[rows];
        public readonly bool[] Ascending = new bool[people];
        public readonly int[] Known = new int[people];
    }

    /// <summary>The first position in <paramref name="from"/>..<paramref name="to"/> whose date is at or after <paramref name="date"/>, in dates that never decrease there and are never empty.</summary>
    private static int FirstAtOrAfter(LocalDate?[] dates, int from, int to, LocalDate date)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (dates[mid]!.Value < date) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
