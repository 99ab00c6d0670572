using System.Runtime.InteropServices;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Looks at the path an output goes to before it is written: what kind of file it names, and where a chain of symbolic
/// links ends.
/// </summary>
internal static class OutputTarget
{
    // The file type bits of a mode, as System.Native reports them on every Unix (the values of Linux's <sys/stat.h>).
    private const int TypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int FolderType = 0x4000;

    /// <summary>
    /// The kind of file at <paramref name="path"/>, after following symbolic links. On Windows only folders and
    /// ordinary files are told apart.
    /// </summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
            return Directory.Exists(path) ? FileKind.Folder : File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
        FileStatus status;
        try
        {
            if (Stat(path, out status) != 0) return FileKind.Missing;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A runtime without this entry point: judge by what .NET itself can tell, and by where devices live.
            return Directory.Exists(path) ? FileKind.Folder
                : path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal) ? FileKind.Other
                : File.Exists(path) ? FileKind.RegularFile
                : FileKind.Missing;
        }
        return (status.Mode & TypeMask) switch
        {
            RegularFileType => FileKind.RegularFile,
            FolderType => FileKind.Folder,
            _ => FileKind.Other,
        };
    }

    /// <summary>
    /// How an output to <paramref name="fullPath"/> is written: a folder is refused by the caller; a pipe or a device is
    /// written into; an ordinary file, or nothing yet, is replaced (created) at the end of its chain of symbolic links,
    /// by a temporary file beside it and a rename, so the links stay; an ordinary file whose link names no path to write
    /// beside (<c>/dev/stdout</c> leads to <c>/proc/self/fd/1</c>, whose link text for a file deleted since it was opened is
    /// <c>PATH (deleted)</c>) is emptied and written into.
    /// </summary>
    /// <exception cref="IOException">The links form a loop or a chain too long to follow.</exception>
    public static OutputPlan Plan(string fullPath)
    {
        var kind = KindOf(fullPath);
        if (kind == FileKind.Folder) return new OutputPlan(kind, fullPath, InPlace: false, Truncate: false);
        if (kind == FileKind.Other) return new OutputPlan(kind, fullPath, InPlace: true, Truncate: false);
        var target = FinalPath(fullPath);
        if (kind == FileKind.RegularFile && KindOf(target) != FileKind.RegularFile)
            return new OutputPlan(kind, fullPath, InPlace: true, Truncate: true);
        return new OutputPlan(kind, target, InPlace: false, Truncate: false);
    }

    /// <summary>
    /// The full path where the chain of symbolic links starting at <paramref name="fullPath"/> ends (also when nothing
    /// is there yet), or <paramref name="fullPath"/> itself when it is not a link.
    /// </summary>
    /// <exception cref="IOException">The links form a loop or a chain too long to follow.</exception>
    public static string FinalPath(string fullPath)
    {
        // Resolving a path that is not there throws; asking for a link's text does not.
        var file = new FileInfo(fullPath);
        return file.LinkTarget is null ? fullPath : file.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
    }

    /// <summary>
    /// True when the ordinary file at <paramref name="path"/> must not be replaced because it is read-only: no one has
    /// write permission (no write bit in its mode, which counts even for root, who could write it anyway), or the
    /// current user may not write it (another user's file, a read-only mount, an immutable file). On Windows: the
    /// read-only attribute.
    /// </summary>
    /// <exception cref="IOException">The file cannot be looked at (e.g. another program holds it locked).</exception>
    public static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly);
        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if ((File.GetUnixFileMode(path) & anyWrite) == 0) return true;
        try
        {
            // The system's own answer, which knows the owner, groups, access lists and mounts: opened for writing
            // without truncating and closed at once, the file is not changed.
            using var _ = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    // .NET tells a folder from a file but not a regular file from a pipe or a device: File.GetUnixFileMode leaves the
    // type out. This is the runtime's own stat in its System.Native library, which File.GetUnixFileMode calls too; its
    // result has the same layout and type codes on every Unix .NET runs on, where libc's struct stat differs by system
    // and processor (and glibc before 2.33 does not export stat). The runtime's struct is about 110 bytes; the room for
    // 256 keeps a longer one from overwriting anything.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
}
