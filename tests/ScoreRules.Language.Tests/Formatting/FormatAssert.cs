using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Formatting;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Tests.Formatting;

/// <summary>Checks that formatting keeps the meaning and the comments, is clean text, and is idempotent.</summary>
public static class FormatAssert
{
    /// <summary>Parses <paramref name="text"/>, which must have no errors.</summary>
    public static ScoreFile Parse(string text, string path = "test.score")
    {
        var result = ScoreParser.Parse(path, text);
        DiagnosticFormatter.RenderAll(result.Diagnostics).ShouldBeEmpty();
        return result.Tree;
    }

    /// <summary>
    /// Formats <paramref name="text"/> and checks the output: it parses without errors to the same
    /// tree (spans aside), holds the same comments (as a multiset of texts), has LF line ends, no
    /// trailing blanks, no tab indentation, ends with exactly one newline, and formats to itself.
    /// </summary>
    /// <returns>The formatted text.</returns>
    public static string RoundTrips(string text, string path = "test.score")
    {
        var tree = Parse(text, path);
        var formatted = ScoreFormatter.Format(tree);

        var again = ScoreParser.Parse(path + " (formatted)", formatted);
        DiagnosticFormatter.RenderAll(again.Diagnostics).ShouldBeEmpty(formatted);
        SyntaxTreeComparer.FirstDifference(tree.Declarations, again.Tree.Declarations).ShouldBeNull(formatted);
        CommentTexts(again.Tree).ShouldBe(CommentTexts(tree), formatted);

        IsCleanText(formatted);
        ScoreFormatter.Format(again.Tree).ShouldBe(formatted, "formatting twice changed the text");
        return formatted;
    }

    /// <summary>The comment texts, sorted, so two files compare as multisets.</summary>
    public static List<string> CommentTexts(ScoreFile file) => [.. file.Comments.Select(c => c.Text).Order(StringComparer.Ordinal)];

    private static void IsCleanText(string formatted)
    {
        if (formatted.Length == 0) return;
        formatted.ShouldNotContain('\r');
        formatted.ShouldNotStartWith("\uFEFF");
        formatted.ShouldEndWith("\n");
        formatted.ShouldNotEndWith("\n\n");
        formatted.ShouldNotContain("\n\n\n");
        formatted.ShouldNotStartWith("\n");
        foreach (var line in formatted.Split('\n'))
        {
            line.ShouldBe(line.TrimEnd(), "a line ends with blanks");
            line.ShouldBe(line.TrimStart('\t'), "indentation is spaces");
        }
    }
}
