using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace ScoreRules.Engine.Diffing;

/// <summary>Runs <c>git</c> with arguments (no shell), feeding optional input and collecting output as bytes.</summary>
internal static class GitProcess
{
    /// <summary>The outcome of one run.</summary>
    /// <param name="ExitCode">git's exit code; -1 when git could not be started.</param>
    /// <param name="Output">Everything git wrote to its standard output.</param>
    /// <param name="Error">What git wrote to its error stream, trimmed; or why it could not be started.</param>
    public sealed record Result(int ExitCode, byte[] Output, string Error)
    {
        /// <summary>The standard output as UTF-8 text without the final line end.</summary>
        public string Text => Encoding.UTF8.GetString(Output).TrimEnd('\n', '\r');
    }

    /// <summary>Runs <c>git ARGS</c> in <paramref name="folder"/>; never throws for a missing git or a failing command.</summary>
    public static Result Run(string folder, IEnumerable<string> args, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        // Messages are shown to the user as they are; keep them in one language for the tests and CI logs.
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            if (input is not null)
            {
                try
                {
                    process.StandardInput.BaseStream.Write(input);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // git stopped reading (it failed); its exit code and error stream say why.
                }
            }
            copy.GetAwaiter().GetResult();
            process.WaitForExit();
            return new Result(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult().Trim());
        }
        catch (Win32Exception e)
        {
            return new Result(-1, [], $"git could not be started ({e.Message}); install git and put it on the PATH");
        }
    }
}
