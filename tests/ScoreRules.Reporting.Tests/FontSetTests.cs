using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Markdown;
using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Reporting.Tests;

public class FontSetTests
{
    [Fact]
    public void Character_maps_tell_which_face_has_a_glyph()
    {
        var dejaVu = FontFace.ReadFile(FontPaths.DejaVuSans).Single();
        var zenHei = FontFace.ReadFile(FontPaths.WenQuanYiZenHei)[0];
        dejaVu.Family.ShouldBe("DejaVu Sans");
        zenHei.Family.ShouldBe("WenQuanYi Zen Hei");
        dejaVu.Covers('A').ShouldBeTrue();
        dejaVu.Covers('≥').ShouldBeTrue();
        dejaVu.Covers('中').ShouldBeFalse();
        zenHei.Covers('中').ShouldBeTrue();
        zenHei.Covers(0x6236).ShouldBeTrue(); // 戶
    }

    [Fact]
    public void Latin_goes_to_the_Latin_face_and_Han_to_the_CJK_face()
    {
        var fonts = FontSet.Create(null);
        fonts.Resolve('A', false, false, false).Face.Family.ShouldBe("DejaVu Sans");
        fonts.Resolve(0x6236, false, false, false).Face.Family.ShouldBe("WenQuanYi Zen Hei");
        fonts.Resolve('，', false, false, false).Face.Family.ShouldBe("WenQuanYi Zen Hei");
        fonts.Resolve('x', false, false, true).Face.Family.ShouldBe("DejaVu Sans Mono");
    }

    [Fact]
    public void Bold_uses_the_bold_face_when_there_is_one_and_simulation_when_not()
    {
        var fonts = FontSet.Create(null);
        var latin = fonts.Resolve('A', true, false, false);
        latin.Face.IsBold.ShouldBeTrue();
        latin.SimulateBold.ShouldBeFalse();
        var han = fonts.Resolve('中', true, false, false);
        han.Face.Family.ShouldBe("WenQuanYi Zen Hei");
        han.SimulateBold.ShouldBeTrue();
    }

    [Fact]
    public void A_Han_character_without_a_CJK_font_names_the_character_and_the_package()
    {
        var latinOnly = SystemFonts.Faces.Where(f => f.Family.StartsWith("DejaVu", StringComparison.Ordinal)).ToList();
        var fonts = FontSet.Create(null, latinOnly);

        var error = Should.Throw<MissingGlyphException>(() => fonts.Resolve(0x6236, false, false, false));

        error.CodePoint.ShouldBe(0x6236);
        error.Message.ShouldContain("'戶' (U+6236)");
        error.Message.ShouldContain("fonts-wqy-zenhei");
    }

    [Fact]
    public void Rendering_a_character_no_installed_font_has_stops_with_one_clear_error()
    {
        // U+13000 EGYPTIAN HIEROGLYPH A001: neither DejaVu nor WenQuanYi has it.
        var error = Should.Throw<MissingGlyphException>(() => MarkdownPdfRenderer.Render("# Title\n\nText 𓀀 here.", new PdfOptions()));
        error.Message.ShouldContain("'𓀀' (U+13000)");
        error.SuggestedPackage.ShouldBe("fonts-noto-core");
    }

    [Fact]
    public void A_missing_or_unusable_font_file_is_a_report_error()
    {
        Should.Throw<ReportRenderException>(() => FontSet.Create("/nonexistent/font.ttf")).Message.ShouldContain("does not exist");
        var notAFont = Path.GetTempFileName();
        try
        {
            File.WriteAllText(notAFont, "not a font");
            Should.Throw<ReportRenderException>(() => FontSet.Create(notAFont)).Message.ShouldContain("not a TrueType");
        }
        finally
        {
            File.Delete(notAFont);
        }
    }

    [Fact]
    public void Fonts_with_PostScript_outlines_are_passed_over_and_refused_with_font()
    {
        // A minimal 'OTTO' font: sfnt header (12 bytes) and one table record 'CFF ' pointing at 4 bytes at offset 28.
        byte[] otf = [0x4F, 0x54, 0x54, 0x4F, 0, 1, 0, 16, 0, 0, 0, 0, (byte)'C', (byte)'F', (byte)'F', (byte)' ', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 4, 1, 0, 4, 2];
        var path = Path.Combine(Path.GetTempPath(), $"cff-{Guid.NewGuid():N}.otf");
        try
        {
            File.WriteAllBytes(path, otf);
            FontFace.ReadFile(path).Single().HasTrueTypeOutlines.ShouldBeFalse();
            Should.Throw<ReportRenderException>(() => FontSet.Create(path)).Message.ShouldContain("PostScript (CFF) outlines");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
