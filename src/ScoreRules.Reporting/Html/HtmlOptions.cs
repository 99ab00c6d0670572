using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Reporting.Html;

/// <summary>Title, language and print setup of an HTML report.</summary>
public sealed record HtmlOptions
{
    /// <summary>The page title (the <c>&lt;title&gt;</c>), or null for none.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The document language as a BCP 47 tag for <c>&lt;html lang&gt;</c>, such as "zh-Hant", "zh-Hans" or "en";
    /// browsers use it to pick Chinese glyph shapes. Null leaves the attribute out.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The paper size for printing (CSS <c>@page size</c>); A4 unless set.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>Text at the top left of printed pages, or null.</summary>
    public string? HeaderLeft { get; init; }

    /// <summary>Text at the top right of printed pages, or null.</summary>
    public string? HeaderRight { get; init; }

    /// <summary>Text at the bottom left of printed pages (the page number is at the bottom right), or null.</summary>
    public string? FooterText { get; init; }

    /// <summary>CSS added after the built-in stylesheet, or null.</summary>
    public string? ExtraCss { get; init; }
}
