using System.Globalization;
using System.Net;
using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Markdown;
using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Reporting.Html;

/// <summary>
/// Renders report Markdown to a standalone HTML page for screens and printing: the same dialect as the PDF renderer
/// (pipe tables, chart blocks as inline SVG, <c>&lt;!-- pagebreak --&gt;</c> as a print page break, other raw HTML
/// shown as text), with a print
/// stylesheet: the paper size, running header and footer with page numbers (CSS page margin boxes, where the
/// browser supports them), table headers (<c>thead</c>) repeated on every printed page, rows and charts not split,
/// and headings kept with what follows. Same input, same string.
/// </summary>
public static class MarkdownHtmlRenderer
{
    /// <summary>Renders <paramref name="markdown"/> to a complete HTML document.</summary>
    /// <exception cref="ChartSpecException">A chart block is not a valid chart spec.</exception>
    public static string Render(string markdown, HtmlOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var document = MarkdownParsing.Parse(markdown);
        using var body = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(body);
        MarkdownParsing.Pipeline.Setup(renderer);
        Replace<CodeBlockRenderer>(renderer, fallback => new ReportHtmlCodeBlockRenderer(fallback));
        Replace<HtmlBlockRenderer>(renderer, _ => new ReportHtmlBlockRenderer());
        Replace<Markdig.Renderers.Html.Inlines.HtmlInlineRenderer>(renderer, _ => new ReportHtmlInlineRenderer());
        renderer.Render(document);
        body.Flush();

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html");
        if (!string.IsNullOrWhiteSpace(options.Language))
        {
            html.Append(" lang=\"").Append(WebUtility.HtmlEncode(options.Language)).Append('"');
        }

        html.Append(">\n<head>\n<meta charset=\"utf-8\">\n");
        if (!string.IsNullOrEmpty(options.Title))
        {
            html.Append("<title>").Append(WebUtility.HtmlEncode(options.Title)).Append("</title>\n");
        }

        html.Append("<style>\n").Append(Stylesheet(options)).Append("</style>\n</head>\n<body>\n<main class=\"report\">\n");
        html.Append(body.ToString());
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Replace<T>(HtmlRenderer renderer, Func<IMarkdownObjectRenderer, IMarkdownObjectRenderer> wrap)
        where T : class, IMarkdownObjectRenderer
    {
        var original = renderer.ObjectRenderers.FindExact<T>();
        if (original is null)
        {
            return;
        }

        var index = renderer.ObjectRenderers.IndexOf(original);
        renderer.ObjectRenderers[index] = wrap(original);
    }

    private static string Stylesheet(HtmlOptions options)
    {
        var size = options.PageSize == PageSize.Letter ? "letter" : "A4";
        var css = new StringBuilder();
        css.Append(CultureInfo.InvariantCulture, $$"""
            @page {
              size: {{size}};
              margin: 20mm;
              @top-left { content: {{CssString(options.HeaderLeft)}}; font-size: 8pt; color: #666; }
              @top-right { content: {{CssString(options.HeaderRight)}}; font-size: 8pt; color: #666; }
              @bottom-left { content: {{CssString(options.FooterText)}}; font-size: 8pt; color: #666; }
              @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #666; }
            }
            body { font-family: "DejaVu Sans", "Liberation Sans", Arial, "WenQuanYi Zen Hei", "Microsoft JhengHei", "Microsoft YaHei", "PingFang TC", sans-serif; font-size: 10pt; line-height: 1.45; color: #222; margin: 0; }
            main.report { max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
            h1, h2, h3, h4 { color: #1F3A5F; break-after: avoid; page-break-after: avoid; }
            h1 { font-size: 17pt; } h2 { font-size: 13.5pt; } h3 { font-size: 11.5pt; } h4 { font-size: 10.5pt; }
            table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 8pt 0; }
            thead { display: table-header-group; }
            th, td { border: 0.5pt solid #AEB7C4; padding: 3.5pt 5pt; vertical-align: top; }
            th { background: #E6ECF4; }
            tr, figure.chart, pre { break-inside: avoid; page-break-inside: avoid; }
            code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 0.92em; }
            pre { background: #F2F4F7; padding: 4pt 6pt; white-space: pre-wrap; overflow-wrap: anywhere; }
            blockquote { margin: 6pt 0; padding-left: 12pt; border-left: 2.2pt solid #C9D3E0; }
            hr { border: 0; border-top: 0.7pt solid #BBB; }
            figure.chart { margin: 8pt 0; text-align: center; }
            figure.chart svg { max-width: 100%; height: auto; font-family: inherit; }
            .page-break { break-after: page; page-break-after: always; height: 0; }
            @media print { main.report { max-width: none; padding: 0; } }

            """);
        if (!string.IsNullOrEmpty(options.ExtraCss))
        {
            css.Append(options.ExtraCss).Append('\n');
        }

        return css.ToString();
    }

    private static string CssString(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "none";
        }

        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '<' => "\\3C ",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }
}
