using System.Text;
using ScoreRules.Reporting.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ScoreRules.Reporting.Tests;

public class PdfRenderingTests
{
    private const string Scorecard = """
        # 績效考核報告 Performance report

        客戶滿意度維持在目標之上。Customer satisfaction stays above target.

        ## 指標得分 Metric scores

        | 指標 | 數值 | 目標 | 得分 |
        |:-----|-----:|:----:|-----:|
        | 客戶滿意度 CSAT | 4.6 | ≥ 4.5 | 100 |
        | 首次響應時間 FRT | 34 | < 30 | 80 |

        ### 改進 Improvement

        - **Plan**: FCR 82% against 85%
        - 每週兩次 *shadowing*
        """;

    [Fact]
    public void Key_lines_read_back_exactly_in_Chinese_and_English()
    {
        var lines = PdfText.Pages(MarkdownPdfRenderer.Render(Scorecard, new PdfOptions())).Single();

        lines.ShouldContain("績效考核報告 Performance report");
        lines.ShouldContain("客戶滿意度維持在目標之上。Customer satisfaction stays above target.");
        lines.ShouldContain("指標 數值 目標 得分");
        lines.ShouldContain("客戶滿意度 CSAT 4.6 ≥ 4.5 100");
        lines.ShouldContain("首次響應時間 FRT 34 < 30 80");
        lines.ShouldContain("• Plan: FCR 82% against 85%");
        lines.ShouldContain("Page 1 of 1");
    }

    [Fact]
    public void Han_characters_extract_as_their_unified_code_points()
    {
        var pdf = MarkdownPdfRenderer.Render("客戶 戶口 門戶", new PdfOptions());

        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        text.ShouldContain("\u5BA2\u6236");      // 客戶
        text.ShouldNotContain("\u2F3E");          // ⼾ KANGXI RADICAL DOOR
        text.Count(c => c == '\u6236').ShouldBe(3);
    }

    [Fact]
    public void A_long_document_fills_the_expected_number_of_pages()
    {
        // A4 body: 841.89 - 2 * 56.7 = 728.49 pt. A one-line paragraph is 14.5 pt plus a 6 pt gap (none at the top of a
        // page): n paragraphs take 14.5 + 20.5 (n - 1), so 35 fit a page (711.5) and 36 do not (732). 120 → 4 pages.
        var markdown = string.Join("\n\n", Enumerable.Range(1, 120).Select(i => $"Paragraph {i}"));

        var pages = PdfText.Pages(MarkdownPdfRenderer.Render(markdown, new PdfOptions()));

        pages.Count.ShouldBe(4);
        pages[0].ShouldContain("Paragraph 35");
        pages[0].ShouldNotContain("Paragraph 36");
        pages[1][0].ShouldBe("Paragraph 36");
        pages[3].ShouldContain("Page 4 of 4");
    }

    [Fact]
    public void A_table_split_across_pages_repeats_its_header_row()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 90).Select(i => $"| agent{i:D2} | {i} |"));
        var markdown = $"| 客服 Agent | 分數 Score |\n|---|---:|\n{rows}\n";

        var pages = PdfText.Pages(MarkdownPdfRenderer.Render(markdown, new PdfOptions()));

        pages.Count.ShouldBeGreaterThan(1);
        pages.ShouldAllBe(p => p[0] == "客服 Agent 分數 Score");
        pages.SelectMany(p => p).Count(l => l.StartsWith("agent", StringComparison.Ordinal)).ShouldBe(90);
    }

    [Fact]
    public void A_heading_that_would_end_a_page_starts_the_next_one()
    {
        // 34 paragraphs end at 14.5 + 33 * 20.5 = 691 pt; the H2 (14 gap + 21.6) would end at 726.6, inside the
        // 728.49 pt body, but the line after it would not fit, so the heading moves to page 2.
        var markdown = string.Join("\n\n", Enumerable.Range(1, 34).Select(i => $"Paragraph {i}")) + "\n\n## Next section\n\nFirst line after.";

        var pages = PdfText.Pages(MarkdownPdfRenderer.Render(markdown, new PdfOptions()));

        pages[0].ShouldNotContain("Next section");
        pages[1][0].ShouldBe("Next section");
        pages[1][1].ShouldBe("First line after.");
    }

    [Fact]
    public void Page_break_comment_starts_a_new_page()
    {
        var pages = PdfText.Pages(MarkdownPdfRenderer.Render("Before\n\n<!-- pagebreak -->\n\nAfter", new PdfOptions()));
        pages.Count.ShouldBe(2);
        pages[1][0].ShouldBe("After");
    }

    [Fact]
    public void Two_renders_give_identical_bytes_without_dates()
    {
        var options = new PdfOptions { Title = "績效考核報告", Author = "HR", Subject = "2026-03", HeaderLeft = "王小明", FooterText = "policy 2026-Q1" };
        var first = MarkdownPdfRenderer.Render(Scorecard, options);
        var second = MarkdownPdfRenderer.Render(Scorecard, options);

        second.ShouldBe(first);
        var raw = Encoding.Latin1.GetString(first);
        raw.ShouldNotContain("/CreationDate");
        raw.ShouldNotContain("/ModDate");
        raw.ShouldNotContain("xmp:CreateDate");
    }

    [Fact]
    public void A_timestamp_is_written_as_the_creation_date_and_other_content_gets_another_file_id()
    {
        var stamped = MarkdownPdfRenderer.Render(Scorecard, new PdfOptions { Timestamp = new DateTimeOffset(2026, 4, 1, 8, 30, 0, TimeSpan.Zero) });
        Encoding.Latin1.GetString(stamped).ShouldContain("/CreationDate(D:20260401083000");

        string FileId(byte[] pdf)
        {
            var raw = Encoding.Latin1.GetString(pdf);
            var at = raw.LastIndexOf("/ID[", StringComparison.Ordinal);
            return raw.Substring(at, 40);
        }

        FileId(MarkdownPdfRenderer.Render("a", new PdfOptions())).ShouldNotBe(FileId(MarkdownPdfRenderer.Render("b", new PdfOptions())));
    }

    [Fact]
    public void Metadata_and_page_size_are_as_given()
    {
        var pdf = MarkdownPdfRenderer.Render("text", new PdfOptions { PageSize = PageSize.Letter, Title = "績效考核報告", Author = "HR", Subject = "2026-03" });

        using var document = PdfDocument.Open(pdf);
        document.Information.Title.ShouldBe("績效考核報告");
        document.Information.Author.ShouldBe("HR");
        document.Information.Subject.ShouldBe("2026-03");
        document.GetPage(1).Width.ShouldBe(612);
        document.GetPage(1).Height.ShouldBe(792);
    }

    [Fact]
    public void Headings_become_bookmarks_nested_by_level()
    {
        var pdf = MarkdownPdfRenderer.Render(Scorecard + "\n\n## 附錄 Appendix\n\ntext", new PdfOptions());

        using var document = PdfDocument.Open(pdf);
        document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var root = bookmarks.Roots.Single();
        root.Title.ShouldBe("績效考核報告 Performance report");
        root.Children.Select(c => c.Title).ShouldBe(["指標得分 Metric scores", "附錄 Appendix"]);
        root.Children[0].Children.Single().Title.ShouldBe("改進 Improvement");
    }

    [Fact]
    public void A_packet_gives_each_document_its_pages_and_a_bookmark()
    {
        using var stream = new MemoryStream();
        MarkdownPdfRenderer.Render([("王小明 alice", "# 報告\n\nalice text"), ("李四 bob", "# 報告\n\nbob text")], new PdfOptions { HeaderRight = "2026-03" }, stream);

        var pages = PdfText.Pages(stream.ToArray());
        pages.Count.ShouldBe(2);
        pages[0][0].ShouldBe("王小明 alice 2026-03");
        pages[1][0].ShouldBe("李四 bob 2026-03");
        pages[1].ShouldContain("bob text");
        pages[1].ShouldContain("Page 2 of 2");

        using var document = PdfDocument.Open(stream.ToArray());
        document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        bookmarks.Roots.Select(r => r.Title).ShouldBe(["王小明 alice", "李四 bob"]);
        bookmarks.Roots.Select(r => ((DocumentBookmarkNode)r).PageNumber).ShouldBe([1, 2]);
        bookmarks.Roots[1].Children.Single().Title.ShouldBe("報告");
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_its_lines_under_the_repeated_header()
    {
        // 70 lines of 13.05 pt (9 pt table text) are 913.5 pt, more than the 728.49 pt A4 body.
        var cell = string.Join("<br>", Enumerable.Range(1, 70).Select(i => $"line {i}"));
        var markdown = $"| 評語 Comment | 分數 |\n|---|---:|\n| {cell} | 90 |\n";

        var pages = PdfText.Pages(MarkdownPdfRenderer.Render(markdown, new PdfOptions()));

        pages.Count.ShouldBe(2);
        pages.ShouldAllBe(p => p[0] == "評語 Comment 分數");
        var lines = pages.SelectMany(p => p).Where(l => l.StartsWith("line ", StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(70);
        lines[0].ShouldBe("line 1 90");
        lines[^1].ShouldBe("line 70");
    }
}
