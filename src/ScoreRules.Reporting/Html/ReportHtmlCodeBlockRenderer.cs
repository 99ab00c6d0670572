using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Html;

/// <summary>Writes chart blocks as inline SVG and hands every other code block to Markdig's own renderer.</summary>
internal sealed class ReportHtmlCodeBlockRenderer(IMarkdownObjectRenderer fallback) : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>The printed content width in points: A4 less two 20 mm margins is 170 mm.</summary>
    private const double ContentWidth = 481.9;

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (obj is FencedCodeBlock fenced && ChartSpecParser.IsChartInfo(MarkdownParsing.FenceInfo(fenced)))
        {
            var spec = ChartSpecParser.Parse(MarkdownParsing.FenceInfo(fenced), fenced.Lines.ToString());
            renderer.EnsureLine();
            renderer.Write("<figure class=\"chart\">");
            renderer.Write(SvgChartWriter.Write(spec, ContentWidth));
            renderer.WriteLine("</figure>");
            return;
        }

        fallback.Write(renderer, obj);
    }
}
