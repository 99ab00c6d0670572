using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// Turns a row's values as the engine holds them (decimal for int and number fields, string, bool, NodaTime
/// <see cref="LocalDate"/> and <see cref="Instant"/>) into the plain .NET values of the generated row classes:
/// int fields become <see cref="int"/>, dates <see cref="DateOnly"/>, date-times the <see cref="DateTime"/> of the
/// local time in the policy's zone (kind Unspecified, so <c>t.created.Hour</c> is the hour the desk saw).
/// </summary>
internal static class RowValues
{
    /// <summary>The row's values converted for <paramref name="fields"/>; <paramref name="values"/> is indexed like them.</summary>
    /// <exception cref="OverflowException">An int field holds a number outside the range of <see cref="int"/>.</exception>
    public static object?[] Convert(object?[] values, IReadOnlyList<FieldModel> fields, DateTimeZone zone)
    {
        var converted = new object?[fields.Count];
        for (var i = 0; i < converted.Length && i < values.Length; i++)
        {
            converted[i] = values[i] switch
            {
                decimal d when fields[i].Type == FieldType.Int => decimal.ToInt32(decimal.Truncate(d)),
                Instant instant => instant.InZone(zone).LocalDateTime.ToDateTimeUnspecified(),
                LocalDate date => date.ToDateOnly(),
                LocalDateTime local => local.ToDateTimeUnspecified(),
                Duration duration => duration.ToTimeSpan(),
                var other => other,
            };
        }
        return converted;
    }
}
