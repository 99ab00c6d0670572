using System.Text;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Writes a file so that readers never see half of it: the text goes to a temporary file in the same
/// folder (<c>.NAME.RANDOM.tmp</c>), which is then moved over the target in one step. An existing
/// file keeps its Unix permissions. A failed write leaves the target as it was and no temporary file.
/// A read-only file (see <see cref="OutputTarget.IsReadOnly"/>) is refused, not replaced.
/// A symbolic link is followed: the file it leads to is written that way, beside itself, and the link stays. What
/// is not an ordinary file (a named pipe, a device such as <c>/dev/null</c> or <c>/dev/stdout</c>) cannot be
/// replaced and is not: the text is written into it directly.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8, with a byte-order mark when
    /// <paramref name="byteOrderMark"/> is set. When <paramref name="path"/> is a folder writes
    /// <c>error: PATH is a folder; give a file name</c>; when it is read-only
    /// <c>error: PATH: cannot write this file: it is read-only</c>; on other failures
    /// <c>error: PATH: cannot write this file: …</c> to <paramref name="stderr"/> and returns false.
    /// </summary>
    public static bool TryWrite(string path, string text, TextWriter stderr, bool byteOrderMark = false) =>
        TryWrite(path, stream => WriteText(stream, [text.AsMemory()], byteOrderMark), stderr);

    /// <summary>
    /// Writes the text gathered in <paramref name="text"/> the same way, chunk by chunk, without first
    /// making one string of it (a large result would otherwise be held in memory twice more).
    /// </summary>
    public static bool TryWrite(string path, StringWriter text, TextWriter stderr, bool byteOrderMark = false) =>
        TryWrite(path, stream => WriteText(stream, Chunks(text.GetStringBuilder()), byteOrderMark), stderr);

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> the same way. On failure writes
    /// <c>error: PATH: cannot write this file: …</c> to <paramref name="stderr"/> and returns false.
    /// </summary>
    public static bool TryWrite(string path, byte[] bytes, TextWriter stderr) =>
        TryWrite(path, stream => stream.Write(bytes), stderr);

    private static IEnumerable<ReadOnlyMemory<char>> Chunks(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks()) yield return chunk;
    }

    private static void WriteText(Stream stream, IEnumerable<ReadOnlyMemory<char>> chunks, bool byteOrderMark)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark), 1 << 16, leaveOpen: true);
        foreach (var chunk in chunks) writer.Write(chunk.Span);
    }

    /// <summary>
    /// Writes what <paramref name="write"/> writes to the stream it is given to <paramref name="path"/> the same way,
    /// so a large output need not be held in memory first. Failures as for the other overloads. The temporary file
    /// is staged in a <see cref="StagedFiles"/>, so a Ctrl-C or a kill while it is written deletes it (see
    /// <see cref="StagedFiles.DiscardOnInterrupt"/>); when the process is not ended by it, false is returned without
    /// a message. When <paramref name="write"/> throws anything but an I/O error, the temporary file is deleted and the
    /// exception passed on.
    /// </summary>
    public static bool TryWrite(string path, Action<Stream> write, TextWriter stderr)
    {
        string target, folder;
        try
        {
            var full = Path.GetFullPath(path);
            var plan = OutputTarget.Plan(full);
            if (plan.Kind == FileKind.Folder)
            {
                stderr.Write($"error: {path} is a folder; give a file name\n");
                return false;
            }
            if (plan.InPlace) return TryWriteInPlace(path, full, plan.Truncate, write, stderr);
            target = plan.Target;
            // The rename below needs only the folder's permission, so it would replace a read-only file all the same.
            if (plan.Kind == FileKind.RegularFile && OutputTarget.IsReadOnly(target))
            {
                stderr.Write(ReadOnlyError(path, full, target) + "\n");
                return false;
            }
            folder = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(folder))
            {
                stderr.Write($"error: {path}: cannot write this file: the folder {folder} does not exist\n");
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"error: {path}: cannot write this file: {e.Message}\n");
            return false;
        }

        const string key = "out";
        using var staged = new StagedFiles(folder);
        using var interrupted = staged.DiscardOnInterrupt();
        if (!staged.Stage(key, Path.GetFileName(target), write))
        {
            if (staged.Error is { } error) stderr.Write(error + "\n");
            return false;
        }
        return staged.Commit([key], _ => { }, stderr);
    }

    // Written into what is there, without a temporary file; only an ordinary file is emptied first (a pipe or a
    // device has no length to cut).
    private static bool TryWriteInPlace(string path, string full, bool truncate, Action<Stream> write, TextWriter stderr)
    {
        try
        {
            WriteInPlace(full, truncate, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"error: {path}: cannot write this file: {e.Message}\n");
            return false;
        }
    }

    /// <summary>
    /// Writes what <paramref name="write"/> writes into the file at <paramref name="full"/> as it is, without a temporary
    /// file: for a pipe or a device, which a rename would replace. With <paramref name="truncate"/> the file is emptied
    /// first. Opening a named pipe waits until a reader opens its other end.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    internal static void WriteInPlace(string full, bool truncate, Action<Stream> write)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        if (truncate) stream.SetLength(0);
        write(stream);
    }

    /// <summary>
    /// <c>error: PATH: cannot write this file: it is read-only</c>, or, when <paramref name="full"/> is a link,
    /// <c>… TARGET, which it points to, is read-only</c>.
    /// </summary>
    internal static string ReadOnlyError(string path, string full, string target) =>
        $"error: {path}: cannot write this file: {(target == full ? "it is read-only" : $"{target}, which it points to, is read-only")}";

    /// <summary>
    /// A hidden file name beside <paramref name="name"/> in <paramref name="folder"/> that no other write uses:
    /// <c>.NAME.RANDOM.SUFFIX</c> (e.g. <c>tmp</c> for a file being written, <c>bak</c> for an old one moved aside).
    /// </summary>
    internal static string HiddenPath(string folder, string name, string suffix) =>
        Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.{suffix}");

    /// <summary>Deletes <paramref name="path"/> if it can; a file that stays behind is left to the user.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays behind; the error about the real file was already reported.
        }
    }
}
