using System.CommandLine;

namespace ScoreRules.Cli.Commands;

/// <summary>What every command's <c>--out</c> option checks.</summary>
internal static class OutOption
{
    /// <summary>
    /// Refuses an empty value (<c>--out ""</c>, e.g. a shell variable that was never set) as a command-line mistake:
    /// <c>error: --out needs a file name</c>, with <paramref name="what"/> (<c>a file name</c>, <c>a folder name</c>) at
    /// the end, then exit code 2 like every other wrong command line.
    /// </summary>
    public static void RequireName(Option option, string what) =>
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => token.Value.Length == 0)) result.AddError($"{option.Name} needs {what}");
        });
}
