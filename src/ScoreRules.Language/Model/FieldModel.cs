namespace ScoreRules.Language.Model;

/// <summary>A typed field of a source, read from one column.</summary>
/// <param name="Name">The field name used in expressions.</param>
/// <param name="Type">Its type.</param>
/// <param name="Optional">True when the value may be empty.</param>
/// <param name="Format">A .NET custom date/time format such as <c>d/M/yyyy HH:mm</c>, or null for ISO 8601.</param>
/// <param name="Column">The column header it is read from.</param>
/// <param name="Map">Categorical answers mapped to values (e.g. "good" → 5), or null. An unmapped answer is a data error.</param>
public sealed record FieldModel(string Name, FieldType Type, bool Optional, string? Format, string Column, IReadOnlyDictionary<string, object?>? Map);
