using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data.Columns;

/// <summary>
/// The values of one field of a <see cref="SourceTable"/>, by storage position. Date-times, whole numbers and
/// yes/no values are stored unboxed (a million tickets' timestamps are then one array, not a million objects for
/// the garbage collector to trace); any other value, and any column holding a value its type cannot store exactly,
/// is stored as objects. Reading gives the same value, of the same type, as was stored.
/// </summary>
internal abstract class Column
{
    /// <summary>The value at <paramref name="position"/>: null (empty), or the value as the reader typed it (see <see cref="DataRecord"/>).</summary>
    public abstract object? this[int position] { get; }

    /// <summary>True when the value at <paramref name="position"/> is empty.</summary>
    public abstract bool IsEmpty(int position);

    /// <summary>The date-time at <paramref name="position"/> without boxing it; false when the value is empty or not a date-time.</summary>
    public virtual bool TryGetInstant(int position, out Instant instant)
    {
        if (this[position] is Instant value)
        {
            instant = value;
            return true;
        }
        instant = default;
        return false;
    }

    /// <summary>A builder for a column of a field of type <paramref name="type"/>, taking values in the order rows are read.</summary>
    public static ColumnBuilder Builder(FieldType type) => type switch
    {
        FieldType.DateTime => new TypedColumnBuilder<long, InstantTicks>(),
        FieldType.Int => new TypedColumnBuilder<int, WholeNumber>(),
        FieldType.Bool => new TypedColumnBuilder<sbyte, YesNo>(),
        _ => new ObjectColumnBuilder(),
    };
}
