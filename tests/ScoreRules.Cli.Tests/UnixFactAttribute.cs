namespace ScoreRules.Cli.Tests;

/// <summary>
/// A test of Unix file-system behaviour (signals, named pipes, devices, permission bits, symbolic links that need no
/// privilege): skipped on Windows, which has none of these in the same form.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix only: signals, named pipes, devices and permission bits work differently on Windows";
    }
}
