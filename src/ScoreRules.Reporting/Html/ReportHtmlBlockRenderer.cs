using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Html;

/// <summary>
/// Turns <c>&lt;!-- pagebreak --&gt;</c> into a print page break, drops other comments, and shows any other HTML
/// block as text, as the PDF does (report text may carry names or notes with angle brackets).
/// </summary>
internal sealed class ReportHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (MarkdownParsing.IsPageBreak(obj))
        {
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"page-break\"></div>");
        }
        else if (!MarkdownParsing.IsComment(obj))
        {
            renderer.EnsureLine();
            renderer.Write("<p>").Write(WebUtility.HtmlEncode(obj.Lines.ToString().Trim())).WriteLine("</p>");
        }
    }
}
