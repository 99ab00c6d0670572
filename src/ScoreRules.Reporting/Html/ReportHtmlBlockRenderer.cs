using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Html;

/// <summary>Turns <c>&lt;!-- pagebreak --&gt;</c> into a print page break; other HTML blocks pass through.</summary>
internal sealed class ReportHtmlBlockRenderer(IMarkdownObjectRenderer fallback) : HtmlObjectRenderer<HtmlBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (MarkdownParsing.IsPageBreak(obj))
        {
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"page-break\"></div>");
            return;
        }

        fallback.Write(renderer, obj);
    }
}
