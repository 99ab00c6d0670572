namespace ScoreRules.Engine.Data.Columns;

/// <summary>
/// Collects a column's values in the order rows are read, then builds the <see cref="Column"/> with the rows in
/// their storage order. A builder that meets a value its type cannot store exactly turns into one that stores
/// objects, keeping what it had (see <see cref="Add"/>).
/// </summary>
internal abstract class ColumnBuilder
{
    /// <summary>The number of values added.</summary>
    public abstract int Count { get; }

    /// <summary>Adds <paramref name="value"/> and returns true; false, adding nothing, when this builder cannot store it exactly.</summary>
    public abstract bool TryAdd(object? value);

    /// <summary>The value added <paramref name="index"/>-th, as it was given.</summary>
    public abstract object? ValueAt(int index);

    /// <summary>The column, with the value added i-th at storage position <c>positionOf[i]</c>.</summary>
    public abstract Column Build(int[] positionOf);

    /// <summary>Adds <paramref name="value"/> to <paramref name="builder"/>, first replacing it by an object builder holding the same values when it cannot store the value.</summary>
    public static void Add(ref ColumnBuilder builder, object? value)
    {
        if (builder.TryAdd(value)) return;
        var objects = new ObjectColumnBuilder();
        for (var i = 0; i < builder.Count; i++) objects.TryAdd(builder.ValueAt(i));
        objects.TryAdd(value);
        builder = objects;
    }
}
