using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// A typed field of a source: <c>opened: datetime "d/M/yyyy HH:mm" = opened_at</c>,
/// <c>csat: int? = "CSAT" in 1 .. 5</c>, <c>rating: number? = "Satisfaction" map { "good" -&gt; 5, "bad" -&gt; 1 }</c>,
/// <c>state: text = incident_state expect ["New", "Active", "Closed"]</c>.
/// </summary>
/// <param name="Field">The field name used in expressions.</param>
/// <param name="Type">text, int, number, bool, date or datetime.</param>
/// <param name="Optional">True when written with <c>?</c>: the value may be empty.</param>
/// <param name="Format">The date/time format (.NET custom format), or null for ISO 8601.</param>
/// <param name="Column">The column it comes from, or null when it has the field's name.</param>
/// <param name="Range">The values allowed (<c>in 1 .. 5</c>), or null for any value.</param>
/// <param name="Map">Categorical answers mapped to values, or null.</param>
/// <param name="Span">Where it is.</param>
public sealed record FieldItem(Name Field, Name Type, bool Optional, StringLiteral? Format, Name? Column, ValueRange? Range, SyntaxList<ValueMapping>? Map, TextSpan Span) : Item(Span)
{
    /// <summary>The values the field is expected to hold (<c>expect ["New", "Closed"]</c>), or null when any value is expected.</summary>
    public ExpectedValues? Expected { get; init; }
}
