using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>The shape of a generated value, matched against a field's type.</summary>
internal enum ValueShape
{
    /// <summary>Text.</summary>
    Text,
    /// <summary>A whole number.</summary>
    Whole,
    /// <summary>A decimal number.</summary>
    Decimal,
    /// <summary>true / false.</summary>
    Flag,
    /// <summary>A calendar date.</summary>
    Day,
    /// <summary>A point in time.</summary>
    Moment,
}

/// <summary>Which field types a <see cref="ValueShape"/> can be written into.</summary>
internal static class ValueShapes
{
    /// <summary>True when a value of <paramref name="shape"/> reads back as a value of <paramref name="type"/>.</summary>
    public static bool Fits(this ValueShape shape, FieldType type) => (shape, type) switch
    {
        (ValueShape.Text, FieldType.Text) => true,
        (ValueShape.Whole or ValueShape.Decimal, FieldType.Int or FieldType.Number) => true,
        (ValueShape.Flag, FieldType.Bool) => true,
        (ValueShape.Day or ValueShape.Moment, FieldType.Date or FieldType.DateTime) => true,
        _ => false,
    };
}
