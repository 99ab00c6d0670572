namespace ScoreRules.Cli.Output;

/// <summary>What a path names, after following symbolic links (see <see cref="OutputTarget.KindOf"/>).</summary>
internal enum FileKind
{
    /// <summary>Nothing, or a link that leads nowhere, or a place that cannot be looked at.</summary>
    Missing,

    /// <summary>An ordinary file, which an output replaces through a temporary file and a rename.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>Anything else: a named pipe, a device such as <c>/dev/null</c> or a terminal, a socket. An output is written into it.</summary>
    Other,
}
