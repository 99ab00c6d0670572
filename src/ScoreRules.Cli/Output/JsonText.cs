using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Writes JSON documents the same way every time: indented by two spaces, LF line ends, properties in
/// the order the caller writes them, and Chinese (any non-ASCII text) kept as is rather than escaped.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
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
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n");
    }
}
