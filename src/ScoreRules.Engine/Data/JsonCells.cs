using System.Text.Json;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Turns one JSON object into a row's cells: each field's column is a property name (exact first,
/// then ignoring case and surrounding spaces). A property that an object lacks is an empty value,
/// because JSON writers often leave out null properties.
/// </summary>
internal static class JsonCells
{
    /// <summary>The record of <paramref name="element"/>, or null when it is not an object or a value cannot be read (reported).</summary>
    public static DataRecord? Read(JsonElement element, int row, string unit, SourceModel source, RecordBuilder builder, RawCell[] cells)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            builder.BadRow(row, 0, DataCodes.MalformedRow, "not an object",
                $"{unit} is {KindName(element.ValueKind)}, not an object such as {{\"{source.Fields.FirstOrDefault()?.Column}\": …}}");
            return null;
        }
        Span<bool> exact = stackalloc bool[cells.Length];
        for (var i = 0; i < cells.Length; i++) cells[i] = new RawCell(null, 0, Absent: true);
        var position = 0;
        foreach (var property in element.EnumerateObject())
        {
            position++;
            for (var i = 0; i < cells.Length; i++)
            {
                var column = source.Fields[i].Column;
                if (exact[i])
                {
                    // Which of two values with one name is meant cannot be told, as with a column named twice in a header.
                    if (property.Name != column) continue;
                    builder.BadRow(row, position, DataCodes.MalformedRow, "property given twice",
                        $"{unit} has the property \"{column}\" twice (properties {cells[i].Column} and {position}); give each property once");
                    return null;
                }
                if (property.Name == column)
                {
                    exact[i] = true;
                    cells[i] = Cell(property.Value, position);
                }
                else if (cells[i].Absent && string.Equals(property.Name.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    cells[i] = Cell(property.Value, position);
                }
            }
        }
        return builder.Build(row, cells);
    }

    private static RawCell Cell(JsonElement value, int position) => value.ValueKind switch
    {
        JsonValueKind.String => new RawCell(value.GetString(), position),
        JsonValueKind.Number => new RawCell(value.GetRawText(), position),
        JsonValueKind.True => new RawCell("true", position),
        JsonValueKind.False => new RawCell("false", position),
        JsonValueKind.Array => new RawCell(null, position, Structure: "a list"),
        JsonValueKind.Object => new RawCell(null, position, Structure: "an object"),
        _ => new RawCell(null, position),
    };

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
