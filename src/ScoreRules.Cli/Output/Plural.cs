using System.Globalization;

namespace ScoreRules.Cli.Output;

/// <summary>English counts for summary lines: "1 error", "2 errors".</summary>
internal static class Plural
{
    /// <summary><paramref name="count"/> followed by <paramref name="noun"/>, with an "s" unless the count is 1.</summary>
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
