using nietras.SeparatedValues;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Reads delimited text (RFC 4180: quoted cells may hold the delimiter, doubled quotes and line
/// breaks) with the Sep parser. The first row is the header; the source's columns are found in it by
/// name. The encoding is the source's (UTF-8 by default, with or without a byte order mark; GB18030
/// for Chinese Excel exports); a UTF-16 file with a byte order mark is recognised as well. Rows are
/// numbered as a spreadsheet shows them: the header is row 1. Blank rows are passed over.
/// </summary>
public sealed class CsvSourceReader : ISourceReader
{
    private enum Outcome { Record, Skip, Stop }

    /// <inheritdoc/>
    public IEnumerable<DataRecord> Read(SourceModel source, Stream stream, ReadContext context)
    {
        var builder = new RecordBuilder(source, context);
        if (!builder.IsUsable) yield break;
        var encoding = TextEncodings.Resolve(source.Encoding);
        if (encoding is null)
        {
            builder.FileError(0, 0, DataCodes.UnusableSetting,
                $"the encoding \"{source.Encoding}\" is not known; use \"utf-8\" or \"gb18030\"");
            yield break;
        }
        if (source.Delimiter.Length != 1 || source.Delimiter[0] is '"' or '\r' or '\n' || char.IsWhiteSpace(source.Delimiter[0]) && source.Delimiter[0] != '\t')
        {
            builder.FileError(0, 0, DataCodes.UnusableSetting,
                $"the delimiter \"{source.Delimiter}\" cannot be used; a delimiter is one character such as \",\", \";\" or \"\\t\" (tab)");
            yield break;
        }

        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var reader = Open(text, source.Delimiter[0], builder);
        if (reader is null) yield break;
        using (reader)
        {
            // Blank lines before the header are passed over like blank rows; a file of only blank lines is empty.
            var found = Next(reader, builder);
            while (found && IsBlank(reader.Current)) found = Next(reader, builder);
            if (!found)
            {
                if (!context.HasErrors)
                    builder.FileError(1, 0, DataCodes.UnreadableFile,
                        $"the file is empty; the first row must name the columns: {MessageText.List(source.Fields.Select(f => f.Column).Distinct())}");
                yield break;
            }
            var header = Header(reader);
            var positions = builder.BindHeader(header);
            while (Next(reader, builder))
            {
                var outcome = ReadRow(reader, builder, positions, header.Length, out var record);
                if (outcome == Outcome.Stop) yield break;
                if (outcome == Outcome.Record) yield return record!;
            }
            if (context.RowsRead == 0 && !context.HasErrors)
                context.Report(new DataDiagnostic(context.PathFor(source.Path), 0, 0, DataCodes.NoDataRows, false,
                    $"{Path.GetFileName(context.PathFor(source.Path))} has a header but no data rows; check that the export was not filtered to nothing"));
        }
    }

    private static SepReader? Open(TextReader text, char delimiter, RecordBuilder builder)
    {
        try
        {
            return Sep.New(delimiter).Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(0, 0, DataCodes.UnreadableFile, $"the file cannot be read: {e.Message}");
            return null;
        }
    }

    private static bool Next(SepReader reader, RecordBuilder builder)
    {
        try
        {
            return reader.MoveNext();
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(0, 0, DataCodes.UnreadableFile, $"the file cannot be read: {e.Message}");
            return false;
        }
    }

    private static string[] Header(SepReader reader)
    {
        var row = reader.Current;
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++) names[i] = row[i].ToString();
        return names;
    }

    private static bool IsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
            if (!row[i].Span.IsWhiteSpace()) return false;
        return true;
    }

    private static Outcome ReadRow(SepReader reader, RecordBuilder builder, int[] positions, int columns, out DataRecord? record)
    {
        record = null;
        var row = reader.Current;
        var number = row.RowIndex + 1;
        if (row.Span.Count('"') % 2 == 1)
        {
            builder.FileError(number, 0, DataCodes.UnreadableFile,
                $"a quote (\") opened in this row is never closed, so everything from line {row.LineNumberFrom} to the end of the file read as one cell; " +
                "close the quote, and double a quote inside a quoted cell (\"\")");
            return Outcome.Stop;
        }
        var blank = true;
        var extra = false;
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span.IsWhiteSpace()) continue;
            blank = false;
            if (i >= columns) extra = true;
        }
        if (blank) return Outcome.Skip;
        if (row.ColCount < columns || extra)
        {
            builder.BadRow(number, 0, DataCodes.MalformedRow, "wrong number of cells",
                $"this row has {row.ColCount} cells, but the header has {columns} columns" +
                (extra ? "; a value that holds the delimiter must be in quotes, e.g. \"a, b\"" : ""));
            return Outcome.Skip;
        }
        record = builder.BuildText(number, new SepTextRow(row), positions);
        return record is null ? Outcome.Skip : Outcome.Record;
    }

    private readonly ref struct SepTextRow(SepReader.Row row) : ITextRow
    {
        private readonly SepReader.Row _row = row;

        public ReadOnlySpan<char> this[int position] => _row[position].Span;
    }
}
