using System.Text;
using Wcwidth;

namespace ScoreRules.Language.Formatting;

/// <summary>
/// How many terminal columns a text takes in a fixed-width font: East Asian wide characters
/// (Chinese, Japanese, Korean, full-width punctuation) take 2, combining marks 0, others 1.
/// Used to line up the columns of inline tables.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>The width of <paramref name="text"/> in columns.</summary>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // Control characters (-1) are counted as one column so that a stray tab still moves the bar.
            var w = UnicodeCalculator.GetWidth(rune);
            width += w < 0 ? 1 : w;
        }
        return width;
    }

    /// <summary><paramref name="text"/> followed by spaces up to <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));
}
