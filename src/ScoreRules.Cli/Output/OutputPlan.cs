namespace ScoreRules.Cli.Output;

/// <summary>
/// How an output reaches the path it was given (see <see cref="OutputTarget.Plan"/>).
/// </summary>
/// <param name="Kind">What the path names, after following symbolic links.</param>
/// <param name="Target">The full path that is written: where a chain of symbolic links ends, or the path itself.</param>
/// <param name="InPlace">
/// True when the output is written into what is there instead of replacing it by a rename: a named pipe, a device, or an
/// ordinary file reached through a link that names no path to write beside (<c>/proc/self/fd/1</c> of a deleted file).
/// </param>
/// <param name="Truncate">True when what is written in place must be emptied first (an ordinary file; a pipe or a device has no length to cut).</param>
internal readonly record struct OutputPlan(FileKind Kind, string Target, bool InPlace, bool Truncate);
