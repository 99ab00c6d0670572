using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Formatting;

/// <summary>Prints a syntax tree in the one canonical layout of .score files, keeping comments.</summary>
public static class ScoreFormatter
{
    /// <summary>The canonical text of <paramref name="file"/> (LF line ends, ending with one newline).</summary>
    /// <param name="file">A tree without syntax errors.</param>
    public static string Format(ScoreFile file) => throw new NotImplementedException("the formatter is being written");
}
