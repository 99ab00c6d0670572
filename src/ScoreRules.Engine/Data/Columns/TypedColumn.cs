using System.Runtime.CompilerServices;
using NodaTime;

namespace ScoreRules.Engine.Data.Columns;

/// <summary>How a kind of value is stored unboxed in a <see cref="TypedColumn{T, TCodec}"/>, with one stored value meaning empty.</summary>
/// <typeparam name="T">The stored type.</typeparam>
internal interface IColumnCodec<T> where T : struct
{
    /// <summary>The stored value that means empty.</summary>
    static abstract T Empty { get; }

    /// <summary>The stored form of <paramref name="value"/> (null is <see cref="Empty"/>); false when it cannot be stored exactly.</summary>
    static abstract bool TryEncode(object? value, out T stored);

    /// <summary>The value <paramref name="stored"/> stands for, never <see cref="Empty"/>.</summary>
    static abstract object Decode(T stored);

    /// <summary>True when <paramref name="stored"/> is <see cref="Empty"/>.</summary>
    static abstract bool IsEmpty(T stored);
}

/// <summary>A column of values stored unboxed; a value is boxed when it is read.</summary>
internal sealed class TypedColumn<T, TCodec>(T[] values) : Column where T : struct where TCodec : IColumnCodec<T>
{
    /// <inheritdoc/>
    public override object? this[int position] => TCodec.IsEmpty(values[position]) ? null : TCodec.Decode(values[position]);

    /// <inheritdoc/>
    public override bool IsEmpty(int position) => TCodec.IsEmpty(values[position]);

    /// <inheritdoc/>
    public override bool TryGetInstant(int position, out Instant instant)
    {
        if (typeof(TCodec) == typeof(InstantTicks))
        {
            var ticks = Unsafe.As<T, long>(ref values[position]);
            var stored = ticks != InstantTicks.Empty;
            instant = stored ? Instant.FromUnixTimeTicks(ticks) : default;
            return stored;
        }
        return base.TryGetInstant(position, out instant);
    }
}

/// <summary>Builds a <see cref="TypedColumn{T, TCodec}"/>.</summary>
internal sealed class TypedColumnBuilder<T, TCodec> : ColumnBuilder where T : struct where TCodec : IColumnCodec<T>
{
    private T[] _values = new T[16];
    private int _count;

    /// <inheritdoc/>
    public override int Count => _count;

    /// <inheritdoc/>
    public override bool TryAdd(object? value)
    {
        if (!TCodec.TryEncode(value, out var stored)) return false;
        if (_count == _values.Length) Array.Resize(ref _values, _count * 2);
        _values[_count++] = stored;
        return true;
    }

    /// <inheritdoc/>
    public override object? ValueAt(int index) => TCodec.IsEmpty(_values[index]) ? null : TCodec.Decode(_values[index]);

    /// <inheritdoc/>
    public override Column Build(int[] positionOf)
    {
        var values = new T[_count];
        for (var i = 0; i < _count; i++) values[positionOf[i]] = _values[i];
        _values = [];
        return new TypedColumn<T, TCodec>(values);
    }
}
