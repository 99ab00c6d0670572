using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Html;

/// <summary>Writes inline <c>&lt;br&gt;</c> as a line break and any other inline HTML as text.</summary>
internal sealed class ReportHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) =>
        renderer.Write(MarkdownParsing.IsLineBreakTag(obj.Tag) ? "<br />" : WebUtility.HtmlEncode(obj.Tag));
}
