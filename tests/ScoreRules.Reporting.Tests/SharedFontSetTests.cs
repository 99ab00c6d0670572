using System.Text;
using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Layout;
using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Reporting.Tests;

/// <summary>
/// Every PDF of a process is drawn with one shared <see cref="FontSet"/>; what it remembers must be what a set made
/// afresh for one document works out.
/// </summary>
public class SharedFontSetTests
{
    // Latin, CJK, full-width and typographic punctuation, digits and symbols that the reports use.
    private const string Sample = "首次響應時間 FRT ≥ 4.5，客戶滿意度（CSAT）82% — Plan: 每週兩次 shadowing; 戶口 A1001「溝通」";

    private static readonly TextStyle[] Styles =
    [
        new(10), new(10, Bold: true), new(9, Italic: true), new(12, Bold: true, Italic: true), new(8, Monospace: true), new(14),
    ];

    [Fact]
    public void The_shared_set_is_made_once_per_font_path()
    {
        FontSet.Shared(null).ShouldBeSameAs(FontSet.Shared(null));
        FontSet.Shared(FontPaths.DejaVuSans).ShouldBeSameAs(FontSet.Shared(FontPaths.DejaVuSans));
        FontSet.Shared(FontPaths.DejaVuSans).ShouldNotBeSameAs(FontSet.Shared(null));
        FontSet.Shared(FontPaths.DejaVuSans).Override!.Path.ShouldBe(FontPaths.DejaVuSans);
    }

    [Fact]
    public void A_font_path_that_fails_is_checked_again_on_the_next_call()
    {
        var path = Path.Combine(Path.GetTempPath(), $"scorerules-font-{Guid.NewGuid():N}.ttf");
        Should.Throw<Markdown.ReportRenderException>(() => FontSet.Shared(path));
        File.Copy(FontPaths.DejaVuSans, path);
        try
        {
            FontSet.Shared(path).Override!.Family.ShouldBe("DejaVu Sans");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shared_set_picks_the_face_a_fresh_set_picks_for_every_character_and_style()
    {
        var shared = FontSet.Shared(null);
        var fresh = FontSet.Create(null);
        foreach (var rune in Sample.EnumerateRunes())
        {
            foreach (var style in Styles)
            {
                var a = shared.Resolve(rune.Value, style.Bold, style.Italic, style.Monospace);
                var b = fresh.Resolve(rune.Value, style.Bold, style.Italic, style.Monospace);
                (a.Face.Path, a.Face.Index, a.SimulateBold, a.SimulateItalic).ShouldBe((b.Face.Path, b.Face.Index, b.SimulateBold, b.SimulateItalic), rune.ToString());
            }
        }
    }

    [Fact]
    public void The_shared_faces_hold_the_same_glyph_data_as_a_fresh_load_of_the_font_file()
    {
        var shared = FontSet.Shared(null);
        shared.Cjk!.Bytes.ShouldBe(FontFace.ReadFile(shared.Cjk.Path)[shared.Cjk.Index].Bytes);
        shared.Sans!.Bytes.ShouldBe(File.ReadAllBytes(shared.Sans.Path)); // a single-face file is embedded as it is
    }

    [Fact]
    public void Widths_remembered_in_the_shared_set_equal_a_fresh_measurement()
    {
        var words = Sample.Split(' ');
        var shared = new PdfTextEngine(FontSet.Shared(null));
        foreach (var style in Styles)
        {
            foreach (var word in words.Append(Sample))
            {
                var fresh = new PdfTextEngine(FontSet.Create(null)).Width(word, style);
                shared.Width(word, style).ShouldBe(fresh, word);
                shared.Width(word, style).ShouldBe(fresh, word); // the second time from the cache
            }
        }
    }

    [Fact]
    public void Documents_rendered_on_several_threads_at_once_equal_the_same_documents_rendered_one_by_one()
    {
        var documents = Enumerable.Range(0, 12).Select(i => new StringBuilder()
            .Append($"# 考核報告 {i}\n\n")
            .Append($"{Sample} {i * 7}\n\n")
            .Append("| 指標 | 數值 |\n|:--|--:|\n")
            .Append($"| 客戶滿意度 CSAT | {4 + i / 10.0:0.0} |\n| 首次響應時間 FRT | {30 + i} |\n\n")
            .Append(i % 2 == 0 ? "**粗體 bold** *斜體 italic* `code`\n" : "第二段。Second paragraph.\n")
            .ToString()).ToList();
        var options = new PdfOptions { HeaderRight = "2026-03", FooterText = "policy 2026-Q1" };

        var parallel = new byte[documents.Count][];
        Parallel.For(0, documents.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => parallel[i % documents.Count] = MarkdownPdfRenderer.Render(documents[i % documents.Count], options));
        var sequential = documents.Select(d => MarkdownPdfRenderer.Render(d, options)).ToList();

        for (var i = 0; i < documents.Count; i++) parallel[i].ShouldBe(sequential[i], $"document {i}");
        sequential.Distinct(new BytesComparer()).Count().ShouldBe(documents.Count);
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
