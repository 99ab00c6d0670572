namespace ScoreRules.Language.Model;

/// <summary>A typed field of a source, read from one column.</summary>
/// <param name="Name">The field name used in expressions.</param>
/// <param name="Type">Its type.</param>
/// <param name="Optional">True when the value may be empty.</param>
/// <param name="Format">A .NET custom date/time format such as <c>d/M/yyyy HH:mm</c>, or null for ISO 8601.</param>
/// <param name="Column">The column header it is read from.</param>
/// <param name="Map">Categorical answers mapped to values (e.g. "good" → 5), or null. An unmapped answer is a data error.</param>
public sealed record FieldModel(string Name, FieldType Type, bool Optional, string? Format, string Column, IReadOnlyDictionary<string, object?>? Map)
{
    /// <summary>
    /// The lowest value allowed, inclusive, or null for no lower limit. Set from <c>in MIN .. MAX</c> on an
    /// int or number field (a percent bound such as <c>50%</c> is 0.5). For a field with a <see cref="Map"/>,
    /// it applies to the mapped value. A value below it is a data error in its row.
    /// </summary>
    public decimal? Minimum { get; init; }

    /// <summary>The highest value allowed, inclusive, or null for no upper limit; see <see cref="Minimum"/>.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>
    /// The values a text field is expected to hold, as written in <c>expect ["New", "Closed"]</c>, or null when
    /// any value is expected. Compared exactly (case and spelling) with the value read, after the surrounding
    /// spaces are removed and after a <see cref="Map"/>; an empty value is not checked. A row with another value
    /// is still used; the rows are counted in one data warning per field (SD105).
    /// </summary>
    public IReadOnlyList<string>? Expected { get; init; }
}
