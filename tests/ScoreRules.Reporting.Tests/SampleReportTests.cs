using ScoreRules.Reporting.Html;
using ScoreRules.Reporting.Pdf;
using UglyToad.PdfPig;

namespace ScoreRules.Reporting.Tests;

public class SampleReportTests
{
    private static readonly string Markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "agent-report.md"));

    private static readonly PdfOptions Options = new()
    {
        HeaderLeft = "王小明 alice · 一線客服",
        HeaderRight = "2026-03",
        FooterText = "政策 2026-Q1 · sha256 3f9a1c2e",
        PageNumberFormat = "第 {0} 頁，共 {1} 頁",
    };

    [Fact]
    public void The_sample_report_has_its_headings_as_bookmarks_and_the_appendix_after_the_page_break()
    {
        var pdf = MarkdownPdfRenderer.Render(Markdown, Options);

        var pages = PdfText.Pages(pdf);
        pages.ShouldAllBe(p => p[0] == "王小明 alice · 一線客服 2026-03");
        pages.Select(p => p[^1]).ShouldBe(pages.Select((_, i) => $"政策 2026-Q1 · sha256 3f9a1c2e 第 {i + 1} 頁，共 {pages.Count} 頁"));
        pages[^1][1].ShouldBe("附錄：計算明細 Trace");
        pages.SelectMany(p => p).ShouldContain("客戶滿意度 CSAT 4.6 ≥ 4.5 100");
        pages.SelectMany(p => p).ShouldContain("指標得分 Metric scores");

        using var document = PdfDocument.Open(pdf);
        document.TryGetBookmarks(out var bookmarks).ShouldBeTrue();
        var root = bookmarks.Roots.Single();
        root.Title.ShouldBe("績效考核報告：王小明 (alice)");
        root.Children.Select(c => c.Title).ShouldBe(["指標得分", "改進計劃 PDCA", "附錄：計算明細 Trace"]);
        root.Children[0].Children.Select(c => c.Title).ShouldBe(["維度", "趨勢"]);
    }

    [Fact]
    public void The_sample_report_renders_to_html_with_three_charts()
    {
        var html = MarkdownHtmlRenderer.Render(Markdown, new HtmlOptions { Language = "zh-Hant" });
        html.Split("<svg ").Length.ShouldBe(4);
        html.ShouldContain("chart-radar");
        html.ShouldContain("chart-line");
    }
}
