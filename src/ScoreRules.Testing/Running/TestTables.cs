using System.Text;
using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Testing.Running;

/// <summary>
/// Turns a test's inline tables into typed rows exactly as the source's data file would be read: each table
/// becomes an in-memory CSV file whose header holds the columns the source maps, read by
/// <see cref="DataLoader.Read"/> with the source's missing markers, date formats, maps and keep rule.
/// Problems are placed at the table or the cell in the rule file.
/// </summary>
internal static class TestTables
{
    /// <summary>
    /// The table of <paramref name="source"/> read from <paramref name="header"/> (field names; <c>person</c> for
    /// whose row it is) and <paramref name="rows"/>, or null after adding the problems to <paramref name="problems"/>.
    /// An optional field the table leaves out is empty in every row; a required one is an error at the table.
    /// </summary>
    public static SourceTable? Read(SourceModel source, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows,
        TestSyntaxIndex.TablePlaces places, DateTimeZone zone, ICollection<TestProblem> problems)
    {
        var fieldOfCell = header.Select(h => FieldFor(source, h)).ToList();
        var failed = false;
        for (var i = 0; i < header.Count; i++)
        {
            if (fieldOfCell[i] is not null) continue;
            problems.Add(new TestProblem(CellAt(places, 0, i), $"`{header[i]}` is not a field of source `{source.Id}`; its fields are: {string.Join(", ", Names(source))}"));
            failed = true;
        }

        // One CSV column per column the source maps; the table cell that gives it, or -1.
        var columns = source.Fields.Select(f => f.Column).Distinct(StringComparer.Ordinal).ToList();
        var cellOfColumn = columns.Select(c => fieldOfCell.FindIndex(f => f is not null && f.Column == c)).ToList();
        foreach (var field in source.Fields)
        {
            if (field.Optional || cellOfColumn[columns.IndexOf(field.Column)] >= 0) continue;
            var name = field.Name == source.PersonField ? "person" : field.Name;
            problems.Add(new TestProblem(places.Location,
                $"error: the table for `{source.Id}` has no column `{name}`; `{name}` is a field without `?`, so every row needs a value: add the column"));
            failed = true;
        }
        if (failed) return null;

        var csv = new StringBuilder();
        csv.Append(string.Join(',', columns.Select(Quote))).Append('\n');
        foreach (var row in rows)
            csv.Append(string.Join(',', cellOfColumn.Select(c => c >= 0 && c < row.Count ? Quote(row[c]) : ""))).Append('\n');

        var reading = source with { Format = SourceFormat.Csv, Encoding = "utf-8", Delimiter = ",", Sheet = null };
        var context = new ReadContext(zone, places.Location);
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(csv.ToString()));
        var records = DataLoader.Read(reading, stream, context).ToList();
        foreach (var d in context.Diagnostics.Where(d => d.IsError))
        {
            // CSV row 2 is the first data row, which is row 1 of the table (row 0 is its header).
            var cell = d.Column > 0 && d.Column <= columns.Count ? cellOfColumn[d.Column - 1] : -1;
            var at = d.Row >= 2 ? (cell >= 0 ? CellAt(places, d.Row - 1, cell) : RowAt(places, d.Row - 1)) : places.Location;
            problems.Add(new TestProblem(at, $"error {d.Code}: {d.Message}"));
        }
        if (context.HasErrors)
        {
            if (context.Diagnostics.Count(d => d.IsError) < context.ErrorCount)
                problems.Add(new TestProblem(places.Location, $"error: {context.ErrorCount} problems in this table in all"));
            return null;
        }
        return new SourceTable(source, places.Location, records);
    }

    private static FieldModel? FieldFor(SourceModel source, string name) =>
        source.Field(name) ?? (name == "person" ? source.Field(source.PersonField) : null);

    private static IEnumerable<string> Names(SourceModel source) =>
        source.Fields.Select(f => f.Name == source.PersonField ? "person" : f.Name).Distinct();

    private static string Quote(string text) => text.Length == 0 ? "" : "\"" + text.Replace("\"", "\"\"") + "\"";

    private static string CellAt(TestSyntaxIndex.TablePlaces places, int row, int cell) =>
        row < places.Cells.Count && cell < places.Cells[row].Count ? places.Cells[row][cell] : RowAt(places, row);

    private static string RowAt(TestSyntaxIndex.TablePlaces places, int row) =>
        row < places.Cells.Count && places.Cells[row].Count > 0 ? places.Cells[row][0] : places.Location;
}
