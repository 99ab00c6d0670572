using System.Text;
using ScoreRules.Reporting.Html;
using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Cli.Commands;

/// <summary>How <c>report</c> turns Markdown into file bytes: PDF, HTML or the Markdown itself.</summary>
/// <param name="Extension">The file extension without a dot: pdf, html or md.</param>
/// <param name="Pdf">The PDF options (page size, font, header, footer…); the per-document texts are set per file.</param>
/// <param name="Language">The HTML language tag, e.g. zh-Hant.</param>
internal sealed record ReportFormat(string Extension, PdfOptions Pdf, string Language)
{
    /// <summary>One document's file bytes; <paramref name="title"/> is its title and header text.</summary>
    /// <exception cref="Reporting.Markdown.ReportRenderException">A glyph is missing, a chart is wrong or the font cannot be used.</exception>
    public byte[] Render(string markdown, string title, string period, string footer) => Extension switch
    {
        "pdf" => MarkdownPdfRenderer.Render(markdown, Pdf with { Title = title, HeaderLeft = title, HeaderRight = period, FooterText = footer }),
        "html" => Utf8(MarkdownHtmlRenderer.Render(markdown, Html(title, period, footer))),
        _ => Utf8(markdown),
    };

    /// <summary>A packet of documents, each starting on a new page (in a PDF with a bookmark per document).</summary>
    public byte[] RenderPacket(IReadOnlyList<(string Title, string Markdown)> documents, string title, string period, string footer)
    {
        if (Extension == "pdf")
            return MarkdownPdfRenderer.Render(documents, Pdf with { Title = title, HeaderLeft = null, HeaderRight = period, FooterText = footer });
        var joined = string.Join("\n\n<!-- pagebreak -->\n\n", documents.Select(d => d.Markdown.TrimEnd('\n'))) + "\n";
        return Extension == "html" ? Utf8(MarkdownHtmlRenderer.Render(joined, Html(title, period, footer))) : Utf8(joined);
    }

    private HtmlOptions Html(string title, string period, string footer) => new()
    {
        Title = title,
        Language = Language,
        PageSize = Pdf.PageSize,
        HeaderLeft = title,
        HeaderRight = period,
        FooterText = footer,
    };

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
