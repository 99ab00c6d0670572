using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScoreRules.Engine.Display;

/// <summary>
/// The one way ScoreRules writes JSON documents (results, diffs, test reports, diagnostics): indented by
/// two spaces, LF line ends, properties in the order the caller writes them, Chinese (any non-ASCII
/// text) kept as is rather than escaped, and numbers through <see cref="DataNumber"/>.
/// </summary>
public static class JsonOutput
{
    /// <summary>The writer options every JSON output uses.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> on a JSON writer and copies the document, plus a final newline, to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            write(writer);
        // Decoded piece by piece: a large document is not copied into one more string.
        var decoder = new UTF8Encoding(false).GetDecoder();
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var chars = new char[8192];
        while (true)
        {
            decoder.Convert(bytes, chars, flush: true, out var bytesUsed, out var charsUsed, out var completed);
            output.Write(chars, 0, charsUsed);
            bytes = bytes[bytesUsed..];
            if (completed && bytes.IsEmpty) break;
        }
        output.Write('\n');
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a JSON writer that writes UTF-8 (without a byte-order mark) straight to
    /// <paramref name="output"/>, then a final newline: the same bytes as <see cref="Write(TextWriter, Action{Utf8JsonWriter})"/>
    /// gives encoded as UTF-8, without holding the document in memory when the caller flushes as it goes (<see cref="FlushWhenFull"/>).
    /// </summary>
    public static void Write(Stream output, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(output, Options))
            write(writer);
        output.WriteByte((byte)'\n');
    }

    /// <summary>Passes what <paramref name="json"/> holds on to its output once it is more than 64 KiB; call it between parts of a long document.</summary>
    public static void FlushWhenFull(this Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16) json.Flush();
    }

    /// <summary>Writes <paramref name="value"/> rounded by <see cref="DataNumber.Round"/>, or <c>null</c> without a value.</summary>
    public static void WriteDataNumber(this Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, DataNumber.Round(v));
        else json.WriteNull(name);
    }
}
