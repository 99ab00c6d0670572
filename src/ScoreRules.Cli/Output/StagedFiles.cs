namespace ScoreRules.Cli.Output;

/// <summary>
/// Files of one folder written as soon as they are ready but shown all at once: each is written to a temporary file in
/// the folder (<c>.NAME.RANDOM.tmp</c>), from any thread, and <see cref="Commit"/> later moves every one over its
/// target in a given order, each in one step as <see cref="AtomicFile"/> does; <see cref="Discard"/> deletes them
/// instead. So a long job holds no file's bytes in memory, and a job that fails half-way leaves the folder as it was.
/// </summary>
internal sealed class StagedFiles : IDisposable
{
    private readonly string _folder;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Name, string Temporary)> _staged = new(StringComparer.Ordinal);
    private string? _error;

    /// <summary>Stages files for <paramref name="folder"/>, which must exist.</summary>
    public StagedFiles(string folder) => _folder = folder;

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
    /// first error in <see cref="Error"/>, when it cannot be written. Safe to call from several threads.
    /// </summary>
    public bool Stage(string key, string name, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(_folder, name);
        var temp = Path.Combine(_folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            TryDelete(temp);
            Fail($"error: {path}: cannot write this file: {e.Message}");
            return false;
        }
        string? replaced = null;
        lock (_gate)
        {
            if (_staged.TryGetValue(key, out var earlier)) replaced = earlier.Temporary;
            _staged[key] = (name, temp);
        }
        if (replaced is not null) TryDelete(replaced);
        return true;
    }

    /// <summary>
    /// Moves the files staged under <paramref name="keys"/> over their targets, in that order, calling
    /// <paramref name="wrote"/> with each target's path; an existing target keeps its Unix permissions. Stops at the
    /// first file that cannot be moved (writing <c>error: PATH: cannot write this file: …</c> to
    /// <paramref name="stderr"/>) and returns false; the files not moved are deleted.
    /// </summary>
    /// <exception cref="InvalidOperationException">A key was not staged.</exception>
    public bool Commit(IEnumerable<string> keys, Action<string> wrote, TextWriter stderr)
    {
        try
        {
            foreach (var key in keys)
            {
                (string Name, string Temporary) staged;
                lock (_gate)
                {
                    if (!_staged.Remove(key, out staged)) throw new InvalidOperationException($"Nothing was staged under '{key}'.");
                }
                var (name, temp) = staged;
                var path = Path.Combine(_folder, name);
                try
                {
                    if (Directory.Exists(path))
                    {
                        stderr.Write($"error: {path} is a folder; give a file name\n");
                        TryDelete(temp);
                        return false;
                    }
                    if (!OperatingSystem.IsWindows() && File.Exists(path))
                        File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
                    File.Move(temp, path, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    stderr.Write($"error: {path}: cannot write this file: {e.Message}\n");
                    TryDelete(temp);
                    return false;
                }
                wrote(path);
            }
            return true;
        }
        finally
        {
            Discard();
        }
    }

    /// <summary>Deletes every staged file that was not committed.</summary>
    public void Discard()
    {
        List<string> left;
        lock (_gate)
        {
            left = [.. _staged.Values.Select(s => s.Temporary)];
            _staged.Clear();
        }
        foreach (var temp in left) TryDelete(temp);
    }

    /// <summary>Deletes the files not committed.</summary>
    public void Dispose() => Discard();

    private void Fail(string message)
    {
        lock (_gate) _error ??= message;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays behind; nothing else depends on it.
        }
    }
}
