namespace ScoreRules.Reporting.Layout;

/// <summary>Measures text for layout: the PDF writer measures with the real fonts, tests with fixed widths.</summary>
internal interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in <paramref name="style"/>, in points.</summary>
    /// <exception cref="Fonts.MissingGlyphException">No font has one of the characters.</exception>
    double Width(string text, TextStyle style);

    /// <summary>
    /// The advance width of a piece of a longer text, in points; the same as <see cref="Width(string, TextStyle)"/>
    /// of the piece as a string (a measurer that remembers widths can then look them up without making the string).
    /// </summary>
    /// <exception cref="Fonts.MissingGlyphException">No font has one of the characters.</exception>
    double Width(ReadOnlySpan<char> text, TextStyle style) => Width(text.ToString(), style);
}
