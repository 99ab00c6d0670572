namespace ScoreRules.Engine.Data;

/// <summary>
/// Some rows of a <see cref="SourceTable"/> (a person's, or a person's in a period) in file order, without copying
/// them: a run of consecutive positions in the table's storage, or a list of positions. Reading an item builds its
/// <see cref="DataRecord"/>; evaluation reads values by position instead (<see cref="PositionAt"/>).
/// </summary>
public sealed class TableRows : IReadOnlyList<DataRecord>
{
    private readonly int _start;
    private readonly int[]? _positions;

    internal TableRows(SourceTable table, int start, int count)
    {
        Table = table;
        _start = start;
        Count = count;
    }

    internal TableRows(SourceTable table, int[] positions)
    {
        Table = table;
        _positions = positions;
        Count = positions.Length;
    }

    /// <summary>The table the rows belong to.</summary>
    public SourceTable Table { get; }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>The storage position in <see cref="Table"/> of the row at <paramref name="index"/> (0-based, not checked).</summary>
    internal int PositionAt(int index) => _positions is null ? _start + index : _positions[index];

    /// <summary>The row at <paramref name="index"/>, built from the table's columns.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0..Count-1.</exception>
    public DataRecord this[int index] =>
        (uint)index < (uint)Count ? Table.RecordAt(PositionAt(index)) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc/>
    public IEnumerator<DataRecord> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return Table.RecordAt(PositionAt(i));
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
