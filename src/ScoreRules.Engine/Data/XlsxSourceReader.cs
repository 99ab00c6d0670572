using MiniExcelLibs;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Reads one worksheet of an Excel workbook (.xlsx) with MiniExcel, row by row: the sheet the source
/// names (exact name first, then ignoring case), else the first. Row 1 is the header. Number, date and
/// true/false cells keep their type (a date cell is a local time in the policy's zone); text cells are
/// read like CSV text. Cells to the right of the header are ignored and blank rows are passed over.
/// A workbook needs random access: a stream that cannot seek is copied into memory first.
/// </summary>
public sealed class XlsxSourceReader : ISourceReader
{
    /// <inheritdoc/>
    public IEnumerable<DataRecord> Read(SourceModel source, Stream stream, ReadContext context)
    {
        var builder = new RecordBuilder(source, context);
        if (!builder.IsUsable) yield break;
        using var copy = stream.CanSeek ? null : new MemoryStream();
        if (copy is not null)
        {
            stream.CopyTo(copy);
            copy.Position = 0;
        }
        var workbook = copy ?? stream;
        var start = workbook.Position;
        var sheet = Sheet(source, workbook, builder);
        if (sheet is null) yield break;
        workbook.Position = start;

        using var rows = Open(workbook, sheet, builder);
        if (rows is null) yield break;
        if (!Next(rows, builder, 1))
        {
            builder.FileError(1, 0, DataCodes.UnreadableFile,
                $"the sheet \"{sheet}\" is empty; its first row must name the columns: {MessageText.List(source.Fields.Select(f => f.Column).Distinct())}");
            yield break;
        }
        var header = Header(Cells(rows.Current));
        var positions = builder.BindHeader(header);
        var keys = positions.Select(p => p < 0 ? "" : ColumnName(p)).ToArray();
        var cells = new RawCell[builder.FieldCount];
        for (var number = 2; Next(rows, builder, number); number++)
        {
            var row = Cells(rows.Current);
            if (row.Values.All(v => v is null || v is string s && string.IsNullOrWhiteSpace(s))) continue;
            for (var i = 0; i < cells.Length; i++)
                cells[i] = positions[i] < 0 ? RawCell.Missing
                    : new RawCell(row.TryGetValue(keys[i], out var value) ? value : null, positions[i] + 1);
            var record = builder.Build(number, cells);
            if (record is not null) yield return record;
        }
    }

    private static string? Sheet(SourceModel source, Stream workbook, RecordBuilder builder)
    {
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(workbook);
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(0, 0, DataCodes.UnreadableFile, $"the file is not an Excel workbook (.xlsx): {ReadFailures.Short(e)}");
            return null;
        }
        var sheet = source.Sheet is not { } wanted ? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => s == wanted) ?? sheets.FirstOrDefault(s => string.Equals(s.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
        if (sheet is null)
            builder.FileError(0, 0, DataCodes.UnreadableFile, source.Sheet is null
                ? "the workbook has no sheets"
                : $"there is no sheet \"{source.Sheet}\" in the workbook; the sheets are: {MessageText.List(sheets)}");
        return sheet;
    }

    private static IEnumerator<object>? Open(Stream workbook, string sheet, RecordBuilder builder)
    {
        try
        {
            return MiniExcel.Query(workbook, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(0, 0, DataCodes.UnreadableFile, $"the sheet \"{sheet}\" cannot be read: {ReadFailures.Short(e)}");
            return null;
        }
    }

    private static bool Next(IEnumerator<object> rows, RecordBuilder builder, int number)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(number, 0, DataCodes.UnreadableFile, $"the workbook cannot be read from this row on: {ReadFailures.Short(e)}");
            return false;
        }
    }

    private static IDictionary<string, object?> Cells(object row) =>
        row as IDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static string[] Header(IDictionary<string, object?> row)
    {
        var width = row.Keys.Select(k => ColumnIndex(k) + 1).DefaultIfEmpty(0).Max();
        var names = new string[width];
        Array.Fill(names, "");
        foreach (var (key, value) in row)
            if (ColumnIndex(key) is var i and >= 0 && value is not null) names[i] = MessageText.TextOf(value);
        return names;
    }

    /// <summary>0-based index of a column name such as A, Z, AA; -1 when it is not one.</summary>
    private static int ColumnIndex(string name)
    {
        var index = 0;
        foreach (var c in name)
        {
            if (c is < 'A' or > 'Z') return -1;
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
