using System.Runtime.InteropServices;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Files of one folder written as soon as they are ready but shown all at once: each is written to a temporary file in
/// the folder (<c>.NAME.RANDOM.tmp</c>), from any thread, and <see cref="Commit"/> later puts every one in place as one
/// transaction: either all targets are replaced or the folder is left as it was. <see cref="Discard"/> deletes the
/// temporary files instead. So a long job holds no file's bytes in memory, and a job that fails half-way (or is
/// interrupted) leaves the folder as it was.
/// </summary>
internal sealed class StagedFiles : IDisposable
{
    private readonly string _folder;
    private readonly Action<string, string> _move;
    private readonly Lock _gate = new();
    // Held for a whole commit, so that a discard from another thread (Ctrl-C) waits until the folder is consistent.
    private readonly Lock _commitGate = new();
    private readonly Dictionary<string, (string Name, string Temporary)> _staged = new(StringComparer.Ordinal);
    // Temporary files being written right now, not yet in _staged.
    private readonly HashSet<string> _writing = new(StringComparer.Ordinal);
    private bool _discarded;
    private string? _error;

    /// <summary>Stages files for <paramref name="folder"/>, which must exist.</summary>
    public StagedFiles(string folder)
        // With overwrite .NET renames in one step; without, it links and then unlinks, and a failed unlink (an immutable
        // file) would leave both names behind. The targets are fresh names or were just moved aside.
        : this(folder, static (from, to) => File.Move(from, to, overwrite: true))
    {
    }

    /// <summary>
    /// Stages files for <paramref name="folder"/>, moving files with <paramref name="move"/> (source path, target path;
    /// the target does not exist, except when one file alone is committed over an old one; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> on
    /// failure). For tests that need a move to fail.
    /// </summary>
    internal StagedFiles(string folder, Action<string, string> move)
    {
        _folder = folder;
        _move = move;
    }

    /// <summary>The first write error, <c>error: PATH: cannot write this file: …</c>, or null.</summary>
    public string? Error
    {
        get
        {
            lock (_gate) return _error;
        }
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> to a temporary file for <paramref name="name"/> (a file name in the folder),
    /// under <paramref name="key"/> (which <see cref="Commit"/> names it by; several keys may stage the same name, and
    /// the one committed last wins), replacing what was staged earlier under that key. Returns false, and keeps the
    /// first error in <see cref="Error"/>, when it cannot be written. After <see cref="Discard"/> nothing is staged any
    /// more: the temporary file is deleted at once and false is returned. Safe to call from several threads, also
    /// while another thread discards.
    /// </summary>
    public bool Stage(string key, string name, byte[] bytes) =>
        // Unbuffered: the bytes go to the file in one write.
        Stage(key, name, stream => stream.Write(bytes), bufferSize: 0);

    /// <summary>
    /// Stages what <paramref name="write"/> writes to the stream it is given, the same way, so that a large file need
    /// not be held in memory first. When <paramref name="write"/> throws anything but an I/O error, the temporary file
    /// is deleted and the exception passed on.
    /// </summary>
    public bool Stage(string key, string name, Action<Stream> write) => Stage(key, name, write, bufferSize: 1 << 16);

    private bool Stage(string key, string name, Action<Stream> write, int bufferSize)
    {
        var path = Path.Combine(_folder, name);
        var temp = AtomicFile.HiddenPath(_folder, name, "tmp");
        FileStream stream;
        try
        {
            lock (_gate)
            {
                if (_discarded) return false;
                // Created under the lock, so that every temporary file on disk is known to a discard.
                stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize);
                _writing.Add(temp);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Fail($"error: {path}: cannot write this file: {e.Message}");
            return false;
        }
        try
        {
            using (stream) write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Abandon(temp);
            Fail($"error: {path}: cannot write this file: {e.Message}");
            return false;
        }
        catch
        {
            Abandon(temp);
            throw;
        }
        string? replaced = null;
        bool discarded;
        lock (_gate)
        {
            _writing.Remove(temp);
            discarded = _discarded;
            if (!discarded)
            {
                if (_staged.TryGetValue(key, out var earlier)) replaced = earlier.Temporary;
                _staged[key] = (name, temp);
            }
        }
        if (discarded)
        {
            AtomicFile.TryDelete(temp);
            return false;
        }
        if (replaced is not null) AtomicFile.TryDelete(replaced);
        return true;
    }

    // A temporary file that will not be staged: deleted, and no longer being written.
    private void Abandon(string temp)
    {
        AtomicFile.TryDelete(temp);
        lock (_gate) _writing.Remove(temp);
    }

    /// <summary>
    /// Puts the files staged under <paramref name="keys"/> in place of their targets, as one transaction: first every
    /// target is checked (none may be a folder or a read-only file, see <see cref="OutputTarget.IsReadOnly"/>), then each existing target is moved aside to a hidden backup
    /// (<c>.NAME.RANDOM.bak</c>) and the new file moved in, keeping the old file's Unix permissions (a file alone is
    /// moved straight over its target). When a step fails,
    /// the steps done are undone in reverse (backups restored, new files without a predecessor removed), the error is
    /// written to <paramref name="stderr"/> (<c>error: PATH is a folder; give a file name</c>,
    /// <c>error: PATH: cannot write this file: it is read-only</c> or <c>error: PATH: cannot write this file: …</c>) and false is returned: the folder is as it was. Only when every
    /// file is in place are the backups deleted and <paramref name="wrote"/> called with each target's path, in the
    /// order of <paramref name="keys"/>. Staged files not committed are deleted either way.
    /// </summary>
    /// <exception cref="InvalidOperationException">A key was not staged.</exception>
    public bool Commit(IEnumerable<string> keys, Action<string> wrote, TextWriter stderr)
    {
        lock (_commitGate)
        {
            try
            {
                return CommitAll(keys, wrote, stderr);
            }
            finally
            {
                DiscardStaged();
            }
        }
    }

    private bool CommitAll(IEnumerable<string> keys, Action<string> wrote, TextWriter stderr)
    {
        // The file put in place for each target: the one committed last; earlier ones for the same target are dropped.
        var order = new List<string>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var superseded = new List<string>();
        lock (_gate)
        {
            if (_discarded) return false;
            foreach (var key in keys)
            {
                if (!_staged.Remove(key, out var staged)) throw new InvalidOperationException($"Nothing was staged under '{key}'.");
                var path = Path.Combine(_folder, staged.Name);
                if (files.TryGetValue(path, out var earlier)) superseded.Add(earlier);
                files[path] = staged.Temporary;
                order.Add(path);
            }
        }
        foreach (var temp in superseded) AtomicFile.TryDelete(temp);

        foreach (var path in files.Keys)
        {
            if (Obstacle(path) is { } obstacle)
            {
                stderr.Write(obstacle + "\n");
                DeleteAll(files.Values);
                return false;
            }
        }

        // A file alone needs no backup: moving it over its target in one step is already all or nothing, and the
        // target never goes missing in between.
        var alone = files.Count == 1;
        var done = new List<(string Path, string? Backup, bool Placed)>();
        string current = "";
        try
        {
            foreach (var (path, temp) in files)
            {
                current = path;
                string? backup = null;
                if (File.Exists(path))
                {
                    if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
                    if (alone)
                    {
                        _move(temp, path);
                        break;
                    }
                    backup = AtomicFile.HiddenPath(_folder, Path.GetFileName(path), "bak");
                    _move(path, backup);
                    done.Add((path, backup, false));
                }
                _move(temp, path);
                if (backup is null) done.Add((path, null, true));
                else done[^1] = (path, backup, true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The message of a denied move names the hidden backup or temporary file; the user knows the target.
            var reason = e is UnauthorizedAccessException ? "access is denied (the file or its folder is read-only or locked)" : e.Message;
            stderr.Write($"error: {current}: cannot write this file: {reason}\n");
            RollBack(done, stderr);
            DeleteAll(files.Values);
            return false;
        }

        foreach (var step in done)
            if (step.Backup is not null) AtomicFile.TryDelete(step.Backup);
        foreach (var path in order) wrote(path);
        return true;
    }

    // Why the file at path cannot be replaced, or null. A read-only file would be replaced by a rename all the same.
    private static string? Obstacle(string path)
    {
        try
        {
            return OutputTarget.KindOf(path) switch
            {
                FileKind.Folder => $"error: {path} is a folder; give a file name",
                FileKind.RegularFile when OutputTarget.IsReadOnly(path) => $"error: {path}: cannot write this file: it is read-only",
                _ => null,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"error: {path}: cannot write this file: {e.Message}";
        }
    }

    // Undoes the steps of a failed commit, last first.
    private void RollBack(List<(string Path, string? Backup, bool Placed)> done, TextWriter stderr)
    {
        for (var i = done.Count - 1; i >= 0; i--)
        {
            var (path, backup, placed) = done[i];
            try
            {
                if (placed) File.Delete(path);
                if (backup is not null) _move(backup, path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.Write($"error: {path}: could not be put back as it was: {e.Message}"
                    + (backup is null ? "\n" : $"; the old file is {backup}\n"));
            }
        }
    }

    /// <summary>
    /// Deletes every staged file that was not committed, and the file of every <see cref="Stage(string, string, Action{Stream})"/> still writing (at
    /// once where the system allows deleting an open file, as Unix does; else as soon as it is written); nothing can be
    /// staged afterwards. Called during a <see cref="Commit"/> from another thread
    /// (e.g. on Ctrl-C), waits until the commit has finished, so the folder is either as it was or fully written.
    /// </summary>
    public void Discard()
    {
        lock (_commitGate) DiscardStaged();
    }

    /// <summary>
    /// Until the result is disposed, a Ctrl-C (SIGINT) or a kill (SIGTERM) first calls <see cref="Discard"/>, and then
    /// ends the process as the signal does without a handler (a shell shows exit code 130 for Ctrl-C, 143 for a kill).
    /// A commit under way is finished first, so the targets are all old or all new, never mixed, and no temporary file
    /// is left. On Unix the files still being written are deleted at once; on Windows, which cannot delete an open
    /// file, the process waits up to 5 seconds for their writers to finish and delete them.
    /// </summary>
    public IDisposable DiscardOnInterrupt() => new InterruptHandlers(this);

    /// <summary>Deletes the files not committed.</summary>
    public void Dispose() => Discard();

    private sealed class InterruptHandlers(StagedFiles staged) : IDisposable
    {
        private readonly PosixSignalRegistration _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => staged.OnInterrupt());
        private readonly PosixSignalRegistration _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => staged.OnInterrupt());

        public void Dispose()
        {
            _interrupt.Dispose();
            _terminate.Dispose();
        }
    }

    private void OnInterrupt()
    {
        string[] writing;
        lock (_commitGate) writing = DiscardStaged();
        SpinWait.SpinUntil(() => !writing.Any(File.Exists), TimeSpan.FromSeconds(5));
    }

    // Returns the files that were being written: where they could not be deleted yet, their writers delete them.
    private string[] DiscardStaged()
    {
        List<string> left;
        string[] writing;
        lock (_gate)
        {
            _discarded = true;
            writing = [.. _writing];
            left = [.. _staged.Values.Select(s => s.Temporary), .. writing];
            _staged.Clear();
        }
        DeleteAll(left);
        return writing;
    }

    private void Fail(string message)
    {
        lock (_gate) _error ??= message;
    }

    private static void DeleteAll(IEnumerable<string> paths)
    {
        foreach (var path in paths) AtomicFile.TryDelete(path);
    }
}
