using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Pdf;

/// <summary>
/// Page setup, running header and footer, document metadata and fonts of a PDF report. All texts may be Chinese or
/// English. Without <see cref="Timestamp"/> the same Markdown and options give byte-identical PDFs.
/// </summary>
public sealed record PdfOptions
{
    /// <summary>The paper size; A4 unless set.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>
    /// Page margin on every side, in points (1/72 inch); 56.7 (20 mm) unless set, kept between 24 and 144. The header
    /// and footer sit inside it.
    /// </summary>
    public double Margin { get; init; } = 56.7;

    /// <summary>Text at the left of every page's header (e.g. the person), or null; in a packet, null shows each document's title.</summary>
    public string? HeaderLeft { get; init; }

    /// <summary>Text at the right of every page's header (e.g. the period "2026-03"), or null.</summary>
    public string? HeaderRight { get; init; }

    /// <summary>Text at the left of every page's footer (e.g. the policy version and hash), or null.</summary>
    public string? FooterText { get; init; }

    /// <summary>
    /// The page number at the right of the footer, a .NET composite format with {0} the page and {1} the page count;
    /// "Page {0} of {1}" unless set (e.g. "第 {0} 頁，共 {1} 頁").
    /// </summary>
    public string PageNumberFormat { get; init; } = "Page {0} of {1}";

    /// <summary>The document title in the PDF's metadata, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The author in the PDF's metadata, or null.</summary>
    public string? Author { get; init; }

    /// <summary>The subject in the PDF's metadata, or null.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// When set, written as the creation and modification date. When null (the default) the PDF has no dates, so
    /// the bytes depend only on the content and options.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>
    /// A TrueType font file (.ttf, or the first face of a .ttc) tried before the installed fonts for every
    /// character (the CLI's <c>--font PATH</c>), or null.
    /// </summary>
    public string? FontPath { get; init; }

    /// <summary>Draws chart blocks instead of the built-in vector charts, or null for the built-in ones.</summary>
    public IChartRenderer? ChartRenderer { get; init; }
}
