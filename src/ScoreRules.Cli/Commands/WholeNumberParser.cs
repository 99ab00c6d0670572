using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// Reads an option's value as a whole number within bounds, with a plain message for anything else
/// (<c>--seed must be a whole number from 0 to 18446744073709551615, not -5</c>) instead of the .NET type name.
/// </summary>
internal static class WholeNumberParser
{
    /// <summary>
    /// A <c>CustomParser</c> for the option named <paramref name="option"/> (e.g. <c>--people</c>) that accepts the
    /// whole numbers <paramref name="min"/> .. <paramref name="max"/>, written in digits with an optional sign (no
    /// thousands separators, no decimals); on anything else it adds the error and returns 0.
    /// </summary>
    public static Func<ArgumentResult, T> For<T>(string option, T min, T max)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        return result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (T.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                return value;
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option} must be a whole number from {min} to {max}, not {text}"));
            return T.Zero;
        };
    }
}
