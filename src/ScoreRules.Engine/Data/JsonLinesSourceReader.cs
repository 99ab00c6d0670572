using System.Text.Json;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Reads JSON Lines: one JSON object per line, <c>{"id": "T1", …}</c>. Row numbers are line numbers;
/// blank lines are passed over. A line that is not a JSON object is a bad row (SD009), so
/// <c>on error skip</c> can leave it out and read on.
/// </summary>
public sealed class JsonLinesSourceReader : ISourceReader
{
    /// <inheritdoc/>
    public IEnumerable<DataRecord> Read(SourceModel source, Stream stream, ReadContext context)
    {
        var builder = new RecordBuilder(source, context);
        if (!builder.IsUsable) yield break;
        var encoding = TextEncodings.Resolve(source.Encoding);
        if (encoding is null)
        {
            builder.FileError(0, 0, DataCodes.UnusableSetting, $"the encoding \"{source.Encoding}\" is not known; use \"utf-8\" or \"gb18030\"");
            yield break;
        }
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var cells = new RawCell[builder.FieldCount];
        for (var number = 1; NextLine(text, builder, number) is { } line; number++)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var record = ReadLine(line, number, source, builder, cells);
            if (record is not null) yield return record;
        }
    }

    private static string? NextLine(TextReader text, RecordBuilder builder, int number)
    {
        try
        {
            return text.ReadLine();
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(number, 0, DataCodes.UnreadableFile, $"the file cannot be read: {ReadFailures.Short(e)}");
            return null;
        }
    }

    private static DataRecord? ReadLine(string line, int number, SourceModel source, RecordBuilder builder, RawCell[] cells)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            builder.BadRow(number, (int)(e.BytePositionInLine ?? 0) + 1, DataCodes.MalformedRow, "not valid JSON",
                $"this line is not a valid JSON object: {ReadFailures.Short(e)}");
            return null;
        }
        using (document) return JsonCells.Read(document.RootElement, number, "this line", source, builder, cells);
    }
}
