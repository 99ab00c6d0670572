namespace ScoreRules.Engine.Data.Columns;

/// <summary>A column that stores its values as objects: text, numbers with decimals, dates, durations, and any mix.</summary>
internal sealed class ObjectColumn(object?[] values) : Column
{
    /// <inheritdoc/>
    public override object? this[int position] => values[position];

    /// <inheritdoc/>
    public override bool IsEmpty(int position) => values[position] is null;
}

/// <summary>Builds an <see cref="ObjectColumn"/>; it stores any value.</summary>
internal sealed class ObjectColumnBuilder : ColumnBuilder
{
    private object?[] _values = new object?[16];
    private int _count;

    /// <inheritdoc/>
    public override int Count => _count;

    /// <inheritdoc/>
    public override bool TryAdd(object? value)
    {
        if (_count == _values.Length) Array.Resize(ref _values, _count * 2);
        _values[_count++] = value;
        return true;
    }

    /// <inheritdoc/>
    public override object? ValueAt(int index) => _values[index];

    /// <inheritdoc/>
    public override Column Build(int[] positionOf)
    {
        var values = new object?[_count];
        for (var i = 0; i < _count; i++) values[positionOf[i]] = _values[i];
        _values = [];
        return new ObjectColumn(values);
    }
}
