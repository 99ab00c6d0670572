using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// Prints a syntax tree in the one canonical layout of .score files, keeping every comment.
/// The layout: two-space indentation; one statement per line inside a block, with short lists
/// (score points and bands, grades, dimension weights, value maps) on that one line; a blank line
/// between top-level declarations; inline test tables with their columns lined up; numbers without
/// trailing zeros (<c>4.50</c> → <c>4.5</c>); texts re-escaped; single spaces around operators.
/// Formatting is idempotent and keeps the meaning: parsing the output gives the same tree apart
/// from positions.
/// </summary>
public static class ScoreFormatter
{
    /// <summary>The canonical text of <paramref name="file"/>: LF line ends, no trailing blanks, ending with one newline (empty for a file with nothing in it).</summary>
    /// <param name="file">
    /// A tree without syntax errors. The CLI refuses to format a file that has any: a declaration that
    /// did not parse is not in the tree, so its text would be lost.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The tree is not one the parser makes from error-free text (a block without its <c>{</c>, or a node type the formatter does not know).
    /// </exception>
    public static string Format(ScoreFile file)
    {
        var lines = LayoutBuilder.Build(file);
        return CommentWeaver.Render(lines, file.Comments, file.Source.Text);
    }
}
