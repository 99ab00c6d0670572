using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Layout;
using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Pdf;

/// <summary>
/// Renders report Markdown (CommonMark with pipe tables, chart blocks and <c>&lt;!-- pagebreak --&gt;</c>; see
/// docs/reports.md) to a vector PDF: the whole document is laid out first, then every page is drawn with its header
/// and its footer "page X of Y". Headings become nested bookmarks. Text is set in the installed fonts with
/// per-character fallback between a Latin and a CJK TrueType font, embedded as subsets.
/// </summary>
public static class MarkdownPdfRenderer
{
    private const double HeaderSize = 8;

    /// <summary>Renders one document and writes the PDF to <paramref name="output"/> (which is left open).</summary>
    /// <exception cref="MissingGlyphException">No installed font has a character of the document.</exception>
    /// <exception cref="ChartSpecException">A chart block is not a valid chart spec.</exception>
    /// <exception cref="ReportRenderException">The <see cref="PdfOptions.FontPath"/> font cannot be used.</exception>
    public static void Render(string markdown, PdfOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(markdown, options));
    }

    /// <summary>Renders one document and returns the PDF's bytes.</summary>
    /// <exception cref="ReportRenderException">As <see cref="Render(string, PdfOptions, Stream)"/>.</exception>
    public static byte[] Render(string markdown, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        return Render([(options.Title ?? "", markdown)], options, packet: false);
    }

    /// <summary>
    /// Renders several documents into one PDF (a team packet): each starts on a new page and gets a top-level
    /// bookmark with its title, under which its headings nest. When <see cref="PdfOptions.HeaderLeft"/> is null the
    /// page header shows the current document's title. Page numbers run through the whole packet.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    /// <exception cref="ReportRenderException">As <see cref="Render(string, PdfOptions, Stream)"/>.</exception>
    public static void Render(IReadOnlyList<(string Title, string Markdown)> documents, PdfOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(documents, options));
    }

    /// <summary>Renders several documents into one PDF as <see cref="Render(IReadOnlyList{ValueTuple{string, string}}, PdfOptions, Stream)"/> does and returns its bytes.</summary>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    /// <exception cref="ReportRenderException">As <see cref="Render(string, PdfOptions, Stream)"/>.</exception>
    public static byte[] Render(IReadOnlyList<(string Title, string Markdown)> documents, PdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new ArgumentException("A packet needs at least one document.", nameof(documents));
        }

        return Render(documents, options, packet: true);
    }

    private static byte[] Render(IReadOnlyList<(string Title, string Markdown)> documents, PdfOptions options, bool packet)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fonts = FontSet.Shared(options.FontPath);
        var text = new PdfTextEngine(fonts);
        var charts = options.ChartRenderer ?? new VectorChartRenderer(text);
        var (pageWidth, pageHeight) = options.PageSize == PageSize.Letter ? (612.0, 792.0) : (595.28, 841.89);
        var margin = Math.Clamp(options.Margin, 24, 144);
        var contentWidth = pageWidth - 2 * margin;
        var bodyHeight = pageHeight - 2 * margin;

        var layouter = new BlockLayouter(text, charts.Measure, contentWidth);
        var documentTitles = new Dictionary<LayoutPiece, string>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (packet)
            {
                if (i > 0)
                {
                    layouter.AddPageBreak();
                }

                layouter.AddOutlineAnchor(documents[i].Title);
                documentTitles[layouter.Pieces[^1]] = documents[i].Title;
            }

            layouter.Add(MarkdownParsing.Parse(documents[i].Markdown ?? ""), packet ? 1 : 0);
        }

        var pages = Paginator.Paginate(layouter.Pieces, bodyHeight);

        using var document = new PdfDocument();
        document.Info.Title = options.Title ?? "";
        document.Info.Author = options.Author ?? "";
        document.Info.Subject = options.Subject ?? "";
        document.Info.Creator = "ScoreRules";

        var outlineStack = new List<(int Level, PdfOutlineCollection Children)> { (0, document.Outlines) };
        var headerLeft = options.HeaderLeft ?? "";
        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(pageWidth);
            page.Height = XUnit.FromPoint(pageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            var canvas = new PdfPageCanvas(graphics, text, charts);
            foreach (var placed in pages[p])
            {
                if (options.HeaderLeft is null && documentTitles.TryGetValue(placed.Piece, out var title))
                {
                    headerLeft = title;
                }
            }

            DrawHeaderAndFooter(graphics, text, options, headerLeft, p + 1, pages.Count, pageWidth, pageHeight, margin);
            foreach (var placed in pages[p])
            {
                var top = margin + placed.Top;
                placed.Piece.Draw(canvas, margin, top);
                if (placed.Piece.Outline is { } entry && entry.Title.Length > 0)
                {
                    while (outlineStack.Count > 1 && outlineStack[^1].Level >= entry.Level)
                    {
                        outlineStack.RemoveAt(outlineStack.Count - 1);
                    }

                    var outline = outlineStack[^1].Children.Add(entry.Title, page, true);
                    outline.PageDestinationType = PdfPageDestinationType.Xyz;
                    outline.Left = 0;
                    outline.Top = pageHeight - top;
                    outlineStack.Add((entry.Level, outline.Outlines));
                }
            }
        }

        if (document.Outlines.Count > 0)
        {
            document.PageMode = PdfPageMode.UseOutlines;
        }

        var hash = ReproducibleOutput.Hash(
            documents.SelectMany(d => new[] { d.Title, d.Markdown })
                .Concat([options.Title, options.Author, options.Subject, options.HeaderLeft, options.HeaderRight, options.FooterText,
                    options.PageNumberFormat, options.PageSize.ToString(), options.Margin.ToString(CultureInfo.InvariantCulture),
                    options.Timestamp?.ToString("O", CultureInfo.InvariantCulture)]));
        ReproducibleOutput.Prepare(document, hash, options.Timestamp);
        using var buffer = new MemoryStream(packet ? 1 << 24 : 1 << 18); // room for a typical report, so it seldom grows
        document.Save(buffer, false);
        var bytes = buffer.ToArray();
        ReproducibleOutput.Finish(bytes, hash, options.Timestamp is not null);
        return bytes;
    }

    private static void DrawHeaderAndFooter(XGraphics graphics, PdfTextEngine text, PdfOptions options, string headerLeft,
        int page, int pageCount, double pageWidth, double pageHeight, double margin)
    {
        var style = new TextStyle(HeaderSize, Color: Typography.MutedColor);
        var width = pageWidth - 2 * margin;
        var headerBaseline = margin - 14;
        var right = options.HeaderRight ?? "";
        var rightWidth = right.Length == 0 ? 0 : text.Width(right, style);
        if (headerLeft.Length > 0)
        {
            var fitted = ChartStyle.Ellipsize(headerLeft, width - rightWidth - 12, style, text);
            text.Draw(graphics, fitted, style, margin, headerBaseline);
        }

        if (right.Length > 0)
        {
            text.Draw(graphics, right, style, pageWidth - margin - rightWidth, headerBaseline);
        }

        if (headerLeft.Length > 0 || right.Length > 0)
        {
            graphics.DrawLine(PdfColors.Pen(0xCCCCCC, 0.5), margin, margin - 8, pageWidth - margin, margin - 8);
        }

        var footerBaseline = pageHeight - margin + 22;
        graphics.DrawLine(PdfColors.Pen(0xCCCCCC, 0.5), margin, pageHeight - margin + 10, pageWidth - margin, pageHeight - margin + 10);
        var number = string.Format(CultureInfo.InvariantCulture, options.PageNumberFormat, page, pageCount);
        var numberWidth = text.Width(number, style);
        text.Draw(graphics, number, style, pageWidth - margin - numberWidth, footerBaseline);
        if (!string.IsNullOrEmpty(options.FooterText))
        {
            var fitted = ChartStyle.Ellipsize(options.FooterText, width - numberWidth - 12, style, text);
            text.Draw(graphics, fitted, style, margin, footerBaseline);
        }
    }
}
