using System.Runtime.InteropServices;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Applies a source's key to its records. With a <c>keep</c> rule, one record per key: the one with
/// the largest (<c>last</c>) or smallest (<c>first</c>) values of the order fields, compared in order
/// as typed values (see <see cref="TypedValueComparer"/>); among records that still tie, the later row
/// wins for <c>last</c> and the earlier for <c>first</c>. Kept records come out in the order their key
/// first appears in the file, once the whole file is read; memory holds one record per key.
/// Without <c>keep</c>, records stream through and a key seen before is a duplicate (SD007); memory
/// holds the keys seen.
/// </summary>
internal static class KeyFilter
{
    /// <summary>The keys seen after which the key table is sized for the whole file (see <see cref="Apply"/>).</summary>
    public const int SizingRows = 16_384;

    /// <summary>
    /// The records of <paramref name="records"/> after the key rule of <paramref name="source"/>.
    /// <paramref name="fractionRead"/>, when given, tells how much of the file (0..1) the reader has
    /// consumed: after <see cref="SizingRows"/> unique keys it sizes the key table for the rows still to
    /// come, so that a file of a million tickets does not grow its table by doubling.
    /// </summary>
    public static IEnumerable<DataRecord> Apply(SourceModel source, IEnumerable<DataRecord> records, ReadContext context,
        Func<double>? fractionRead = null)
    {
        var keyIndex = source.KeyField is { } key ? IndexOf(source, key) : -1;
        if (keyIndex < 0) return records;
        if (source.Keep is null)
            return WithoutDuplicates(source, records, keyIndex, context, fractionRead);
        var order = new int[source.Keep.OrderBy.Count];
        var path = context.PathFor(source.Path);
        for (var i = 0; i < order.Length; i++)
        {
            var name = source.Keep.OrderBy[i];
            order[i] = IndexOf(source, name);
            if (order[i] < 0) order[i] = source.Fields.ToList().FindIndex(f => f.Column == name);
            if (order[i] >= 0) continue;
            context.Report(new DataDiagnostic(path, 0, 0, DataCodes.UnusableSetting, true,
                $"keep {(source.Keep.Last ? "last" : "first")} by {name}: source {source.Id} has no field or column {name}; " +
                $"declare it as a field, e.g. {name}: int = {name}"));
            return [];
        }
        return Keep(source.Keep.Last, records, keyIndex, order, context, new KeepOrderCheck(source, source.Keep, keyIndex));
    }

    private static int IndexOf(SourceModel source, string name)
    {
        for (var i = 0; i < source.Fields.Count; i++)
            if (source.Fields[i].Name == name) return i;
        return -1;
    }

    private static IEnumerable<DataRecord> Keep(bool last, IEnumerable<DataRecord> records, int keyIndex, int[] order, ReadContext context,
        KeepOrderCheck outOfOrder)
    {
        var slots = new Dictionary<object, int>();
        var kept = new List<DataRecord>();
        // The largest row so far of each key, to tell rows out of order; for keep last it is the kept row.
        var largest = last ? kept : [];
        foreach (var record in records)
        {
            var key = record.Values[keyIndex]!;
            if (!slots.TryGetValue(key, out var slot))
            {
                slots.Add(key, kept.Count);
                kept.Add(record);
                if (!last) largest.Add(record);
                continue;
            }
            context.CountReplaced();
            var cmp = CompareOrder(record, kept[slot], order);
            if (last ? cmp < 0 : CompareOrder(record, largest[slot], order) < 0) outOfOrder.OutOfOrder(record);
            else if (!last) largest[slot] = record;
            if (last ? cmp >= 0 : cmp < 0) kept[slot] = record;
        }
        outOfOrder.Report(context);
        foreach (var record in kept) yield return record;
    }

    private static int CompareOrder(DataRecord a, DataRecord b, int[] order)
    {
        foreach (var i in order)
        {
            var cmp = TypedValueComparer.Instance.Compare(a.Values[i], b.Values[i]);
            if (cmp != 0) return cmp;
        }
        return 0;
    }

    private static IEnumerable<DataRecord> WithoutDuplicates(SourceModel source, IEnumerable<DataRecord> records, int keyIndex,
        ReadContext context, Func<double>? fractionRead)
    {
        // Text keys (ids, the common case) are kept as characters only; other keys (numbers, dates) as their values.
        var texts = new TextKeyTable();
        var values = new Dictionary<object, int>();
        var field = source.Fields[keyIndex];
        var path = context.PathFor(source.Path);
        foreach (var record in records)
        {
            var key = record.Values[keyIndex]!;
            if (IsNew(key, record.Row, out var firstRow))
            {
                if (texts.Count + values.Count == SizingRows && fractionRead is not null) SizeForRest(texts, values, fractionRead());
                yield return record;
                continue;
            }
            var column = keyIndex < context.FieldColumns.Length ? context.FieldColumns[keyIndex] : 0;
            context.Report(new DataDiagnostic(path, record.Row, column, DataCodes.DuplicateKey, !source.SkipBadRows,
                $"the key {MessageText.Quote(MessageText.TextOf(key))} (field {field.Name}, column \"{field.Column}\") is already in row {firstRow}; " +
                "keys must be unique, or add a keep rule for an event log (keep last by …)"));
            if (source.SkipBadRows) context.CountSkipped($"{field.Name}: duplicate key", record);
        }

        bool IsNew(object key, int row, out int firstRow)
        {
            if (key is string text) return texts.TryAdd(text, row, out firstRow);
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(values, key, out var seen);
            if (!seen) first = row;
            firstRow = first;
            return !seen;
        }
    }

    /// <summary>
    /// Makes room for the keys of the whole file, extrapolated from the share read so far. The reader
    /// reads ahead, so that share is a little high and the estimate a little low: a quarter is added.
    /// </summary>
    private static void SizeForRest(TextKeyTable texts, Dictionary<object, int> values, double fraction)
    {
        if (fraction is not (> 0 and < 1)) return;
        var expected = (int)Math.Min((texts.Count + values.Count) / fraction * 1.25, 1 << 28);
        if (texts.Count > 0) texts.EnsureCapacity(expected);
        else values.EnsureCapacity(expected);
    }
}
