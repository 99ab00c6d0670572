using ScoreRules.Reporting.Html;

namespace ScoreRules.Reporting.Tests;

public class RawHtmlTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_in_both_outputs_and_comments_are_dropped()
    {
        const string markdown = "Name <b>alice</b><br>next\n\n<!-- a note -->\n\n<div>block</div>\n";

        var html = MarkdownHtmlRenderer.Render(markdown, new HtmlOptions());
        html.ShouldContain("Name &lt;b&gt;alice&lt;/b&gt;<br />next");
        html.ShouldContain("<p>&lt;div&gt;block&lt;/div&gt;</p>");
        html.ShouldNotContain("a note");

        var lines = PdfText.Pages(Pdf.MarkdownPdfRenderer.Render(markdown, new Pdf.PdfOptions())).Single();
        lines.ShouldContain("Name <b>alice</b>");
        lines.ShouldContain("next");
        lines.ShouldContain("<div>block</div>");
        lines.ShouldNotContain("a note");
    }
}
