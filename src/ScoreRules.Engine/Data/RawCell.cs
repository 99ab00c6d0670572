namespace ScoreRules.Engine.Data;

/// <summary>
/// One cell as a reader found it, before typing. <see cref="Value"/> is null (empty cell), a
/// <see cref="string"/> (text, or a JSON number's literal), or for workbooks a typed cell value:
/// <see cref="double"/>, <see cref="DateTime"/> (a date cell, no zone) or <see cref="bool"/>.
/// </summary>
/// <param name="Value">The cell value.</param>
/// <param name="Column">1-based column (or JSON property position), 0 when absent.</param>
/// <param name="Absent">True when a JSON object has no such property.</param>
/// <param name="Structure">For JSON: "a list" or "an object" when the value is not a single value; else null.</param>
/// <param name="NoColumn">True when the file has no such column (already reported): the value is empty and not checked.</param>
internal readonly record struct RawCell(object? Value, int Column, bool Absent = false, string? Structure = null, bool NoColumn = false)
{
    /// <summary>The cell of a column the file does not have.</summary>
    public static RawCell Missing { get; } = new(null, 0, NoColumn: true);
}
