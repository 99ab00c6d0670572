using System.Runtime.InteropServices;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Files of one folder written as soon as they are ready but shown all at once: each is written to a temporary file in
/// the folder (<c>.NAME.RANDOM.tmp</c>), from any thread, and <see cref="Commit"/> later puts every one in place as one
/// transaction: either all targets are replaced or the folder is left as it was. <see cref="Discard"/> deletes the
/// temporary files instead. So a long job holds no file's bytes in memory, and a job that fails half-way (or is
/// interrupted) leaves the folder as it was.
/// A name that is a symbolic link is followed: the file it leads to is replaced, beside itself, and the link stays. A name
/// that is a named pipe or a device (or a link to one) cannot be replaced and is not: its staged text is written into it
/// after the other files are in place.
/// </summary>
internal sealed class StagedFiles : IDisposable
{
    private readonly string _folder;
    private readonly Action<string, string> _move;
    private readonly Lock _gate = new();
    // Held for a whole commit, so that a discard from another thread (Ctrl-C) waits until the folder is consistent.
    private readonly Lock _commitGate = new();
    private readonly Dictionary<string, (string Path, string Temporary)> _staged = new(StringComparer.Ordinal);
    // Temporary files being written right now, not yet in _staged.
    private readonly HashSet<string> _writing = new(StringComparer.Ordinal);
    // Temporary files of a commit being written into pipes and devices: no longer in _staged, and written outside the
    // commit lock, since opening a pipe waits for its reader and a Ctrl-C must not wait for that.
    private readonly HashSet<string> _copying = new(StringComparer.Ordinal);
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
    /// Writes <paramref name="bytes"/> to a temporary file for <paramref name="name"/> (a file name in the folder, or a
    /// relative path below it whose folders exist; the temporary file goes beside the file a symbolic link leads to),
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
        string temp;
        FileStream stream;
        try
        {
            // Beside the file a link leads to, so that the rename at commit stays in one folder (and one disk). What is
            // written into a pipe or a device is staged beside its name.
            var full = Path.GetFullPath(path);
            var plan = OutputTarget.Plan(full);
            var beside = plan.InPlace ? full : plan.Target;
            temp = AtomicFile.HiddenPath(Path.GetDirectoryName(beside)!, Path.GetFileName(beside), "tmp");
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
                _staged[key] = (path, temp);
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
    /// target is checked (none may be a folder or a read-only file, see <see cref="OutputTarget.IsReadOnly"/>; a symbolic
    /// link is judged by the file it leads to), then each existing target is moved aside to a hidden backup
    /// (<c>.NAME.RANDOM.bak</c>) and the new file moved in, keeping the old file's Unix permissions (a file alone is
    /// moved straight over its target). A link's target is what is moved and backed up, so the link stays. When a step
    /// fails, the steps done are undone in reverse (backups restored, new files without a predecessor removed), the error is
    /// written to <paramref name="stderr"/> (<c>error: PATH is a folder; give a file name</c>,
    /// <c>error: PATH: cannot write this file: it is read-only</c> or <c>error: PATH: cannot write this file: …</c>) and
    /// false is returned: every file is as it was. Only when every file is in place are the backups deleted and
    /// <paramref name="wrote"/> called with each path as staged, in the order of <paramref name="keys"/>.
    /// Then the staged text of each named pipe and device is written into it, and <paramref name="wrote"/> called for it
    /// (after the files, in the order of <paramref name="keys"/>); what was written there cannot be taken back, so a
    /// failure there (<c>error: PATH: cannot write this file: …</c>, false) leaves the files already in place.
    /// Staged files not committed are deleted either way.
    /// </summary>
    /// <exception cref="InvalidOperationException">A key was not staged.</exception>
    public bool Commit(IEnumerable<string> keys, Action<string> wrote, TextWriter stderr)
    {
        List<(string Path, OutputPlan Plan, string Temporary)> inPlace;
        lock (_commitGate)
        {
            try
            {
                if (!CommitAll(keys, wrote, stderr, out inPlace)) return false;
            }
            finally
            {
                DiscardStaged(copyingToo: false);
            }
        }
        return WriteInPlace(inPlace, wrote, stderr);
    }

    private bool CommitAll(IEnumerable<string> keys, Action<string> wrote, TextWriter stderr, out List<(string Path, OutputPlan Plan, string Temporary)> inPlace)
    {
        inPlace = [];
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
                if (files.TryGetValue(staged.Path, out var earlier)) superseded.Add(earlier);
                files[staged.Path] = staged.Temporary;
                order.Add(staged.Path);
            }
        }
        foreach (var temp in superseded) AtomicFile.TryDelete(temp);

        var plans = new Dictionary<string, OutputPlan>(StringComparer.Ordinal);
        foreach (var path in files.Keys)
        {
            var (plan, obstacle) = Check(path);
            if (obstacle is not null)
            {
                stderr.Write(obstacle + "\n");
                DeleteAll(files.Values);
                return false;
            }
            plans[path] = plan;
        }

        var replaced = files.Where(f => !plans[f.Key].InPlace).Select(f => (Path: f.Key, plans[f.Key].Target, Temporary: f.Value)).ToList();
        // A file alone needs no backup: moving it over its target in one step is already all or nothing, and the
        // target never goes missing in between.
        var alone = replaced.Count == 1;
        var done = new List<(string Target, string? Backup, bool Placed)>();
        string current = "";
        try
        {
            foreach (var (path, target, temp) in replaced)
            {
                current = path;
                string? backup = null;
                if (File.Exists(target))
                {
                    if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                    if (alone)
                    {
                        _move(temp, target);
                        break;
                    }
                    backup = AtomicFile.HiddenPath(Path.GetDirectoryName(target)!, Path.GetFileName(target), "bak");
                    _move(target, backup);
                    done.Add((target, backup, false));
                }
                _move(temp, target);
                if (backup is null) done.Add((target, null, true));
                else done[^1] = (target, backup, true);
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
        foreach (var path in order)
            if (!plans[path].InPlace) wrote(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in order)
            if (plans[path].InPlace && seen.Add(path)) inPlace.Add((path, plans[path], files[path]));
        lock (_gate)
            foreach (var file in inPlace) _copying.Add(file.Temporary);
        return true;
    }

    // Writes the staged text of each pipe and device into it, outside the commit lock; every temporary file is deleted.
    private bool WriteInPlace(List<(string Path, OutputPlan Plan, string Temporary)> files, Action<string> wrote, TextWriter stderr)
    {
        var ok = true;
        foreach (var (path, plan, temp) in files)
        {
            if (ok)
            {
                try
                {
                    using (var source = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16))
                        AtomicFile.WriteInPlace(plan.Target, plan.Truncate, stream => source.CopyTo(stream));
                    wrote(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    stderr.Write($"error: {path}: cannot write this file: {e.Message}\n");
                    ok = false;
                }
            }
            AtomicFile.TryDelete(temp);
            lock (_gate) _copying.Remove(temp);
        }
        return ok;
    }

    // How the file at path is written, and why it cannot be, or null. A read-only file would be replaced by a rename all
    // the same.
    private static (OutputPlan Plan, string? Obstacle) Check(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var plan = OutputTarget.Plan(full);
            if (plan.Kind == FileKind.Folder) return (plan, $"error: {path} is a folder; give a file name");
            if (!plan.InPlace && plan.Kind == FileKind.RegularFile && OutputTarget.IsReadOnly(plan.Target))
                return (plan, AtomicFile.ReadOnlyError(path, full, plan.Target));
            return (plan, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (default, $"error: {path}: cannot write this file: {e.Message}");
        }
    }

    // Undoes the steps of a failed commit, last first.
    private void RollBack(List<(string Target, string? Backup, bool Placed)> done, TextWriter stderr)
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
    /// staged afterwards; also the files a commit is still writing into pipes and devices. Called during a <see cref="Commit"/> from another thread
    /// (e.g. on Ctrl-C), waits until the commit has finished, so the folder is either as it was or fully written.
    /// </summary>
    public void Discard()
    {
        lock (_commitGate) DiscardStaged(copyingToo: true);
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
        lock (_commitGate) writing = DiscardStaged(copyingToo: true);
        SpinWait.SpinUntil(() => !writing.Any(File.Exists), TimeSpan.FromSeconds(5));
    }

    // Returns the files that were being written: where they could not be deleted yet, their writers delete them. The
    // files of a commit still being written into pipes and devices are left to it unless copyingToo.
    private string[] DiscardStaged(bool copyingToo)
    {
        List<string> left;
        string[] writing;
        lock (_gate)
        {
            _discarded = true;
            writing = copyingToo ? [.. _writing, .. _copying] : [.. _writing];
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
