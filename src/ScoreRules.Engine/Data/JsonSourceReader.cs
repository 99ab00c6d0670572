using System.Text;
using System.Text.Json;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Reads a JSON file holding one array of objects, <c>[{"id": "T1", …}, …]</c>, element by element
/// (the array is never held in memory whole). Each object is a row and its properties are the
/// columns; row numbers are element numbers, 1 for the first. Numbers, strings and true/false are
/// read by the field's type like CSV text; null and absent properties are empty values. A file that
/// is not valid JSON fails as a whole (SD008, with the line and position of the fault).
/// </summary>
public sealed class JsonSourceReader : ISourceReader
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
        // Decoding through the source's encoding turns undecodable bytes into a marker that the
        // field converter reports with its row (SD006), instead of failing the whole file.
        using var utf8 = Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8, leaveOpen: true);
        using var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(utf8).ToBlockingEnumerable().GetEnumerator();
        var cells = new RawCell[builder.FieldCount];
        for (var number = 1; Next(elements, builder, number); number++)
        {
            var record = JsonCells.Read(elements.Current, number, $"element {number}", source, builder, cells);
            if (record is not null) yield return record;
        }
    }

    private static bool Next(IEnumerator<JsonElement> elements, RecordBuilder builder, int number)
    {
        try
        {
            return elements.MoveNext();
        }
        catch (JsonException e)
        {
            // The parser reads elements in batches, so which element broke is not known: the line is.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            builder.FileError(0, 0, DataCodes.UnreadableFile,
                $"the file is not a valid JSON array of objects ([{{…}}, {{…}}]){where}: {ReadFailures.Short(e)}");
            return false;
        }
        catch (Exception e) when (ReadFailures.IsReadFailure(e))
        {
            builder.FileError(number, 0, DataCodes.UnreadableFile, $"the file cannot be read: {ReadFailures.Short(e)}");
            return false;
        }
    }
}
