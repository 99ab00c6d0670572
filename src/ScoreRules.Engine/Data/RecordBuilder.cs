using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// The part of reading shared by every format: finding the source's columns in a header, typing the
/// cells of a row, and deciding what a bad row does (<c>on error skip</c>: a warning and a count by
/// reason; <c>on error fail</c>: an error, and reading goes on to report every bad value).
/// </summary>
internal sealed class RecordBuilder
{
    private readonly SourceModel _source;
    private readonly ReadContext _context;
    private readonly FieldConverter[] _converters;
    private readonly int _personIndex;
    private bool _headerFailed;

    /// <summary>Prepares reading <paramref name="source"/>; reports unusable date formats (SD010).</summary>
    public RecordBuilder(SourceModel source, ReadContext context)
    {
        _source = source;
        _context = context;
        Path = context.PathFor(source.Path);
        var encoding = TextEncodings.DisplayName(source.Encoding);
        var converters = new List<FieldConverter>();
        foreach (var field in source.Fields)
        {
            var converter = FieldConverter.Create(field, field.Name == source.KeyField, source.MissingMarkers,
                context.TimeZone, encoding, out var problem, context.MemoizeValues);
            if (converter is null) FileError(0, 0, DataCodes.UnusableSetting, problem!);
            else converters.Add(converter);
        }
        _converters = [.. converters];
        _personIndex = source.Fields.ToList().FindIndex(f => f.Name == source.PersonField);
        IsUsable = _converters.Length == source.Fields.Count;
    }

    /// <summary>The file as messages name it.</summary>
    public string Path { get; }

    /// <summary>False when the source's settings cannot be applied (already reported); read nothing then.</summary>
    public bool IsUsable { get; }

    /// <summary>The number of fields, the length of a row's cells.</summary>
    public int FieldCount => _converters.Length;

    /// <summary>
    /// The 0-based position in <paramref name="header"/> of each field's column (exact name first, then
    /// ignoring case and surrounding spaces), -1 for a column that is not there. Every missing (SD002)
    /// or ambiguous (SD008, the first is used) column is reported as an error; reading then goes on
    /// so that the other problems of the file are reported too, but yields no records.
    /// </summary>
    public int[] BindHeader(IReadOnlyList<string> header)
    {
        var positions = new int[_converters.Length];
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _converters.Length; i++)
        {
            var field = _converters[i].Field;
            var matches = Matches(header, field.Column);
            positions[i] = matches.Count > 0 ? matches[0] : -1;
            if (matches.Count == 1) continue;
            _headerFailed = true;
            if (!reported.Add(field.Column)) continue;
            if (matches.Count == 0)
            {
                var fields = string.Join(", ", _source.Fields.Where(f => f.Column == field.Column).Select(f => f.Name));
                var hint = header.Any(h => h.Contains(TextEncodings.InvalidMarker))
                    ? $"; the header holds bytes that are not valid {TextEncodings.DisplayName(_source.Encoding)}, so the file may be in another encoding (e.g. encoding \"gb18030\")"
                    : "";
                FileError(1, 0, DataCodes.MissingColumn,
                    $"column \"{field.Column}\" (field {fields}) is not in {System.IO.Path.GetFileName(Path)}; the columns are: {MessageText.List(header)}{hint}");
            }
            else
            {
                FileError(1, matches[1] + 1, DataCodes.UnreadableFile,
                    $"column \"{field.Column}\" appears {matches.Count} times in the header (columns {string.Join(", ", matches.Select(m => m + 1))}); give each column its own name");
            }
        }
        _context.FieldColumns = [.. positions.Select(p => p + 1)];
        return positions;
    }

    private static List<int> Matches(IReadOnlyList<string> header, string column)
    {
        var exact = new List<int>();
        for (var i = 0; i < header.Count; i++)
            if (header[i] == column) exact.Add(i);
        if (exact.Count > 0) return exact;
        var folded = new List<int>();
        var wanted = column.Trim();
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i].Trim().TrimStart('\uFEFF'), wanted, StringComparison.OrdinalIgnoreCase)) folded.Add(i);
        return folded;
    }

    /// <summary>
    /// The typed record of data row <paramref name="row"/> from its cells (one per field), or null when
    /// a value cannot be read: then every problem of the row is reported and, with
    /// <c>on error skip</c>, the row is counted under the reason of its first problem.
    /// </summary>
    public DataRecord? Build(int row, ReadOnlySpan<RawCell> cells)
    {
        _context.CountRow();
        var values = new object?[_converters.Length];
        string? firstReason = null;
        for (var i = 0; i < _converters.Length; i++)
        {
            if (_converters[i].TryConvert(cells[i], out var value, out var problem))
            {
                values[i] = value;
                continue;
            }
            firstReason ??= problem.Reason;
            RowDiagnostic(row, cells[i].Column, problem.Code, problem.Message);
        }
        return Finish(row, values, firstReason);
    }

    /// <summary>
    /// As <see cref="Build"/>, for a row of text cells: field <c>i</c> is cell <c>positions[i]</c>
    /// (0-based, -1 for a column the file lacks), read as a span so that a text seen before costs no
    /// allocation.
    /// </summary>
    public DataRecord? BuildText<TRow>(int row, scoped TRow cells, int[] positions) where TRow : ITextRow, allows ref struct
    {
        _context.CountRow();
        var values = new object?[_converters.Length];
        string? firstReason = null;
        for (var i = 0; i < _converters.Length; i++)
        {
            var position = positions[i];
            var read = position < 0
                ? _converters[i].TryConvert(RawCell.Missing, out var value, out var problem)
                : _converters[i].TryConvertText(cells[position], position + 1, out value, out problem);
            if (read)
            {
                values[i] = value;
                continue;
            }
            firstReason ??= problem.Reason;
            RowDiagnostic(row, position + 1, problem.Code, problem.Message);
        }
        return Finish(row, values, firstReason);
    }

    private DataRecord? Finish(int row, object?[] values, string? firstReason)
    {
        if (firstReason is null) return _headerFailed ? null : new DataRecord(row, values);
        if (_source.SkipBadRows && !_headerFailed)
            _context.CountSkipped(firstReason, _personIndex >= 0 && values[_personIndex] is not null ? new DataRecord(row, values) : null);
        return null;
    }

    /// <summary>A data row that cannot be read as a whole (e.g. wrong number of cells): reported and, with <c>on error skip</c>, counted.</summary>
    public void BadRow(int row, int column, string code, string reason, string message)
    {
        _context.CountRow();
        RowDiagnostic(row, column, code, message);
        if (_source.SkipBadRows) _context.CountSkipped(reason);
    }

    /// <summary>A problem with the whole file or the source: always an error, whatever <c>on error</c> says.</summary>
    public void FileError(int row, int column, string code, string message) =>
        _context.Report(new DataDiagnostic(Path, row, column, code, true, message));

    private void RowDiagnostic(int row, int column, string code, string message) =>
        _context.Report(new DataDiagnostic(Path, row, column, code, !_source.SkipBadRows, message));
}
