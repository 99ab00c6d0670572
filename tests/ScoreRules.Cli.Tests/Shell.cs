using System.Diagnostics;

namespace ScoreRules.Cli.Tests;

/// <summary>Runs a line of <c>/bin/sh</c>, for what .NET has no API for (sending a signal, making a named pipe, testing a file's type).</summary>
public static class Shell
{
    /// <summary>Runs <paramref name="command"/> with <c>sh -c</c> and returns its exit code.</summary>
    public static int Run(string command)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary><paramref name="text"/> quoted for the shell.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
