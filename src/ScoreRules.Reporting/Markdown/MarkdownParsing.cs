using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace ScoreRules.Reporting.Markdown;

/// <summary>The Markdown dialect of reports: CommonMark with pipe tables, and the page-break comment. Raw HTML
/// is not passed through: comments are dropped, other HTML is shown as text.</summary>
internal static partial class MarkdownParsing
{
    /// <summary>The Markdig pipeline: CommonMark plus pipe tables.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Parses report Markdown.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>The whole info string of a fenced block (Markdig splits it into the first word and the rest).</summary>
    public static string FenceInfo(FencedCodeBlock block) => $"{block.Info} {block.Arguments}".Trim();

    /// <summary>True for an HTML block that is exactly <c>&lt;!-- pagebreak --&gt;</c> (any case and spacing).</summary>
    public static bool IsPageBreak(HtmlBlock block) => PageBreakPattern().IsMatch(block.Lines.ToString());

    /// <summary>True for an HTML block that is only comments (kept out of reports).</summary>
    public static bool IsComment(HtmlBlock block) => block.Type == HtmlBlockType.Comment;

    /// <summary>True for an inline <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c> or <c>&lt;br /&gt;</c>.</summary>
    public static bool IsLineBreakTag(string tag) => LineBreakTagPattern().IsMatch(tag);

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTagPattern();

    [GeneratedRegex(@"^\s*<!--\s*pagebreak\s*-->\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageBreakPattern();
}
