using ScoreRules.Reporting.Html;

namespace ScoreRules.Reporting.Tests;

public class HtmlRenderingTests
{
    private const string Report = """
        # 報告 <Report>

        | 指標 | 得分 |
        |---|---:|
        | CSAT | 100 |

        ```chart bar
        target: 80
        CSAT: 100
        ```

        <!-- pagebreak -->

        ```
        plain code
        ```
        """;

    [Fact]
    public void Tables_charts_and_page_breaks_become_printable_html()
    {
        var html = MarkdownHtmlRenderer.Render(Report, new HtmlOptions { Title = "績效 & 報告", Language = "zh-Hant", HeaderLeft = "王小明 \"alice\"" });

        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">");
        html.ShouldContain("<title>績效 &amp; 報告</title>");
        html.ShouldContain("<h1>報告 &lt;Report&gt;</h1>");
        html.ShouldContain("<thead>");
        html.ShouldContain("thead { display: table-header-group; }");
        html.ShouldContain("<figure class=\"chart\"><svg class=\"chart chart-bar\"");
        html.ShouldContain("stroke-dasharray=\"4 3\"");
        html.ShouldContain("<div class=\"page-break\"></div>");
        html.ShouldContain("<code>plain code\n</code>");
        html.ShouldContain("@top-left { content: \"王小明 \\\"alice\\\"\";");
        html.ShouldNotContain("```chart");
    }

    [Fact]
    public void The_same_markdown_gives_the_same_html()
    {
        MarkdownHtmlRenderer.Render(Report, new HtmlOptions()).ShouldBe(MarkdownHtmlRenderer.Render(Report, new HtmlOptions()));
    }
}
