using System.Globalization;
using System.Text;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// No installed font (nor the font given with <c>--font</c>) has a glyph for a character of the report. The message
/// names the character as it looks and as <c>U+XXXX</c>, and the Debian package that brings a font for its script.
/// </summary>
public sealed class MissingGlyphException : ReportRenderException
{
    /// <summary>Creates the exception for the Unicode code point <paramref name="codePoint"/>.</summary>
    public MissingGlyphException(int codePoint)
        : base(Describe(codePoint))
    {
        CodePoint = codePoint;
    }

    /// <summary>The Unicode code point that has no glyph.</summary>
    public int CodePoint { get; }

    /// <summary>The Debian package suggested for the character's script, e.g. <c>fonts-wqy-zenhei</c> for Han.</summary>
    public string SuggestedPackage => PackageFor(CodePoint);

    /// <summary>The Debian package with a TrueType font for the code point's script.</summary>
    internal static string PackageFor(int codePoint) => codePoint switch
    {
        >= 0x2E80 and <= 0x9FFF => "fonts-wqy-zenhei",      // CJK radicals, punctuation, kana, Han
        >= 0xAC00 and <= 0xD7AF => "fonts-wqy-zenhei",      // Hangul syllables
        >= 0xF900 and <= 0xFAFF => "fonts-wqy-zenhei",      // CJK compatibility ideographs
        >= 0xFE30 and <= 0xFE4F => "fonts-wqy-zenhei",      // CJK compatibility forms
        >= 0xFF00 and <= 0xFFEF => "fonts-wqy-zenhei",      // full-width forms
        >= 0x20000 and <= 0x3FFFF => "fonts-wqy-zenhei",    // CJK extensions
        >= 0x1F000 => "fonts-symbola",                      // emoji and pictographs
        < 0x0590 => "fonts-dejavu-core",                    // Latin, Greek, Cyrillic, IPA
        >= 0x2000 and <= 0x2BFF => "fonts-dejavu-core",     // punctuation, symbols, arrows, math
        _ => "fonts-noto-core",
    };

    private static string Describe(int codePoint)
    {
        var glyph = Rune.IsValid(codePoint) ? new Rune(codePoint).ToString() : "?";
        var hex = codePoint.ToString("X4", CultureInfo.InvariantCulture);
        return $"No installed font has the character '{glyph}' (U+{hex}). Install a font for it, on Debian or "
               + $"Ubuntu with: apt-get install {PackageFor(codePoint)}; or name a TrueType font file that has it "
               + "with --font PATH.";
    }
}
