namespace ScoreRules.Reporting.Layout;

/// <summary>How a run of text looks: size in points, weight, slant, monospace (for code) and colour.</summary>
/// <param name="Size">Font size in points (1/72 inch).</param>
/// <param name="Bold">Bold weight (simulated when the font has no bold face).</param>
/// <param name="Italic">Italic or oblique (simulated when the font has no italic face).</param>
/// <param name="Monospace">Monospaced font, for inline code and code blocks.</param>
/// <param name="Color">Colour as 0xRRGGBB.</param>
internal readonly record struct TextStyle(double Size, bool Bold = false, bool Italic = false, bool Monospace = false, int Color = 0x222222)
{
    /// <summary>This style with bold set.</summary>
    public TextStyle WithBold() => this with { Bold = true };

    /// <summary>This style with italic set.</summary>
    public TextStyle WithItalic() => this with { Italic = true };
}
