using System.Diagnostics;

namespace ScoreRules.Cli.Tests.Diff;

/// <summary>A git repository in a temporary folder, for tests that diff revisions.</summary>
public sealed class GitRepository : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Creates the repository (<c>git init</c>) with a local author, no signing and no hooks.</summary>
    public GitRepository()
    {
        Git("init", "-q");
        Git("config", "user.name", "Test Author");
        Git("config", "user.email", "author@example.com");
        Git("config", "commit.gpgsign", "false");
        Git("config", "core.hooksPath", "no-hooks");
    }

    /// <summary>The working tree's folder.</summary>
    public string Path => _folder.Path;

    /// <summary>Writes a file in the working tree and returns its full path.</summary>
    public string Write(string name, string text) => _folder.Write(name, text);

    /// <summary>Stages everything and commits it.</summary>
    public void CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Runs git in the repository and returns its standard output; fails the test when git fails.</summary>
    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"git {string.Join(' ', args)}: {error.Result}");
        return output;
    }

    /// <inheritdoc/>
    public void Dispose() => _folder.Dispose();
}
