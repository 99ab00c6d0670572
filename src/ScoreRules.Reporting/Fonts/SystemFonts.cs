namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// The font faces installed on this machine, found by scanning the usual font folders once per process: on Linux
/// <c>/usr/share/fonts</c>, <c>/usr/local/share/fonts</c> and the user's font folders (the folders fontconfig
/// reads by default); on Windows the system and per-user Fonts folders; on macOS the system, local and user
/// Library/Fonts folders. Files are taken in ordinal path order so the same machine always picks the same faces.
/// </summary>
internal static class SystemFonts
{
    private static readonly Lazy<IReadOnlyList<FontFace>> All = new(Scan);

    /// <summary>Every readable face of every font file (.ttf, .ttc, .otf, .otc) in the font folders.</summary>
    public static IReadOnlyList<FontFace> Faces => All.Value;

    /// <summary>The folders scanned on this operating system, existing or not.</summary>
    public static IReadOnlyList<string> Folders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return [Environment.GetFolderPath(Environment.SpecialFolder.Fonts), Path.Combine(local, "Microsoft", "Windows", "Fonts")];
        }

        if (OperatingSystem.IsMacOS())
        {
            return ["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        }

        var folders = new List<string> { "/usr/share/fonts", "/usr/local/share/fonts" };
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        folders.Add(Path.Combine(string.IsNullOrEmpty(dataHome) ? Path.Combine(home, ".local", "share") : dataHome, "fonts"));
        folders.Add(Path.Combine(home, ".fonts"));
        return folders;
    }

    private static IReadOnlyList<FontFace> Scan()
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in Folders())
        {
            if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            {
                continue;
            }

            try
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    var extension = Path.GetExtension(file).ToLowerInvariant();
                    if (extension is ".ttf" or ".ttc" or ".otf" or ".otc")
                    {
                        files.Add(file);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable folder adds no fonts.
            }
        }

        var faces = new List<FontFace>();
        foreach (var file in files)
        {
            faces.AddRange(FontFace.ReadFile(file));
        }

        return faces;
    }
}
