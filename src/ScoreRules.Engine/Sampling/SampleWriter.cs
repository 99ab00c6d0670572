using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using nietras.SeparatedValues;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Writes a <see cref="SampleDataSet"/> into a folder: CSV with the Sep library (RFC 4180 quoting, LF line
/// ends), JSON and JSON Lines, each in its source's encoding (UTF-8 without a byte order mark, GB18030, …).
/// <see cref="Write(SampleDataSet, string)"/> writes each file to a temporary file beside it and then renames it over
/// the target, so a reader never sees half a file. Files of the same name are replaced; nothing else in the folder is
/// touched. A program that puts files in place its own way (following links, all files at once) uses
/// <see cref="TargetPath"/> and <see cref="WriteFile"/> instead.
/// </summary>
public static class SampleWriter
{
    /// <summary>Writes <paramref name="data"/> into <paramref name="folder"/> (created when missing).</summary>
    /// <returns>The files written, in the data set's order.</returns>
    /// <exception cref="SampleWriteException">A file could not be written: its encoding is unknown or cannot hold its text, its path leaves the folder, or the disk refused.</exception>
    public static IReadOnlyList<WrittenFile> Write(SampleDataSet data, string folder)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(folder);
        var written = new List<WrittenFile>();
        foreach (var file in data.Files)
        {
            var target = TargetPath(folder, file);
            var directory = Path.GetDirectoryName(target)!;
            var temp = Path.Combine(directory, "." + Path.GetFileName(target) + ".tmp");
            try
            {
                Directory.CreateDirectory(directory);
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                    WriteFile(file, stream);
                File.Move(temp, target, overwrite: true);
            }
            catch (SampleWriteException)
            {
                TryDelete(temp);
                throw;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                TryDelete(temp);
                throw new SampleWriteException($"{target}: the file cannot be written: {e.Message}", e);
            }
            written.Add(new WrittenFile(target, file.Rows.Count, new FileInfo(target).Length));
        }
        return written;
    }

    /// <summary>
    /// The full path <paramref name="file"/> is written to inside <paramref name="folder"/>: its <see cref="SampleFile.Path"/>
    /// below the folder's full path.
    /// </summary>
    /// <exception cref="SampleWriteException">The file's path is rooted or leads out of the folder.</exception>
    public static string TargetPath(string folder, SampleFile file)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(file);
        var root = Path.GetFullPath(folder);
        var target = Path.GetFullPath(Path.Combine(root, file.Path));
        if (Path.IsPathRooted(file.Path) || !target.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new SampleWriteException($"{file.Path}: the file is outside the data folder {folder}; a source's file must be inside it");
        return target;
    }

    /// <summary>
    /// Writes the content of <paramref name="file"/> (CSV, JSON or JSON Lines, in its encoding) to <paramref name="stream"/>,
    /// which is left open.
    /// </summary>
    /// <exception cref="SampleWriteException">The file's encoding is unknown or cannot hold its text.</exception>
    /// <exception cref="IOException">The stream refused the bytes.</exception>
    public static void WriteFile(SampleFile file, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        var encoding = EncodingFor(file);
        try
        {
            switch (file.Format)
            {
                case SourceFormat.Json:
                case SourceFormat.JsonLines:
                    WriteJson(file, stream, encoding);
                    break;
                default:
                    WriteCsv(file, stream, encoding);
                    break;
            }
        }
        catch (EncoderFallbackException e)
        {
            throw new SampleWriteException($"{file.Path}: the file cannot be written: its text cannot be written in the encoding \"{file.Encoding}\"; use \"utf-8\" or \"gb18030\"", e);
        }
    }

    private static Encoding EncodingFor(SampleFile file)
    {
        var known = TextEncodings.Resolve(file.Encoding)
            ?? throw new SampleWriteException($"{file.Path}: the encoding \"{file.Encoding}\" is not known; use \"utf-8\" or \"gb18030\"");
        return known.CodePage == Encoding.UTF8.CodePage
            ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
            : Encoding.GetEncoding(known.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static void WriteCsv(SampleFile file, Stream stream, Encoding encoding)
    {
        using var text = new StreamWriter(stream, encoding, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var delimiter = file.Delimiter.Length == 1 ? file.Delimiter[0] : ',';
        using (var writer = Sep.New(delimiter).Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            writer.Header.Add(file.Columns.ToArray());
            foreach (var cells in file.Rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < file.Columns.Count; i++) row[file.Columns[i]].Set(cells[i]);
            }
        }
        text.Flush();
    }

    private static void WriteJson(SampleFile file, Stream stream, Encoding encoding)
    {
        // Each record on its own line: one object per line for JSON Lines, the same lines inside [ ] for JSON.
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var lines = new List<string>();
        foreach (var cells in file.Rows)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                for (var i = 0; i < file.Columns.Count; i++)
                {
                    if (cells[i].Length == 0) json.WriteNull(file.Columns[i]);
                    else json.WriteString(file.Columns[i], cells[i]);
                }
                json.WriteEndObject();
            }
            lines.Add(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        var body = file.Format == SourceFormat.Json
            ? "[\n" + string.Join(",\n", lines) + (lines.Count > 0 ? "\n" : "") + "]\n"
            : string.Concat(lines.Select(l => l + "\n"));
        var bytes = encoding.GetBytes(body);
        stream.Write(bytes);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
