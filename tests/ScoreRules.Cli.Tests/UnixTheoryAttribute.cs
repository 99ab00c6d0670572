namespace ScoreRules.Cli.Tests;

/// <summary>The theory form of <see cref="UnixFactAttribute"/>: skipped on Windows.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix only: signals, named pipes, devices and permission bits work differently on Windows";
    }
}
