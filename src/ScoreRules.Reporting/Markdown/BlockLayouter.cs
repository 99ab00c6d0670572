using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PdfSharp.Drawing;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Markdown;

/// <summary>
/// Lays out the blocks of a Markdown document as a flow of pieces for the paginator: headings (kept with what
/// follows, each a bookmark), paragraphs, bullet and numbered lists (nested), pipe tables, code blocks, chart
/// blocks, block quotes, thematic breaks and <c>&lt;!-- pagebreak --&gt;</c>. HTML comments are left out; other
/// HTML blocks are shown as text.
/// </summary>
internal sealed class BlockLayouter
{
    private readonly ITextMeasurer _measurer;
    private readonly Func<ChartSpec, double, XSize> _measureChart;
    private readonly double _width;
    private readonly List<LayoutPiece> _pieces = [];

    /// <summary>Creates a layouter for content <paramref name="width"/> points wide.</summary>
    public BlockLayouter(ITextMeasurer measurer, Func<ChartSpec, double, XSize> measureChart, double width)
    {
        _measurer = measurer;
        _measureChart = measureChart;
        _width = width;
    }

    /// <summary>The pieces laid out so far.</summary>
    public IReadOnlyList<LayoutPiece> Pieces => _pieces;

    /// <summary>Adds a forced page break.</summary>
    public void AddPageBreak() => _pieces.Add(new PageBreakPiece());

    /// <summary>Lays out a whole document, its headings' bookmarks nested <paramref name="outlineShift"/> levels deeper.</summary>
    /// <exception cref="ChartSpecException">A chart block is not a valid chart spec.</exception>
    /// <exception cref="Fonts.MissingGlyphException">No font has a character of the document.</exception>
    public void Add(MarkdownDocument document, int outlineShift = 0)
    {
        foreach (var block in document)
        {
            AddBlock(block, new Context(0, _width, [], 0), outlineShift);
        }
    }

    /// <summary>Adds a bookmark-only heading line (the title of a document in a packet).</summary>
    public void AddOutlineAnchor(string title)
    {
        var anchor = new RulePieceless { Outline = new OutlineEntry(1, title) };
        _pieces.Add(anchor);
    }

    private void AddBlock(Block block, Context context, int outlineShift)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddHeading(heading, context, outlineShift);
                break;
            case ParagraphBlock paragraph:
                AddParagraph(InlineCollector.Collect(paragraph.Inline, new TextStyle(Typography.BodySize)), context, Typography.ParagraphGap);
                break;
            case ListBlock list:
                AddList(list, context, outlineShift);
                break;
            case Table table:
                AddTable(table, context);
                break;
            case FencedCodeBlock fenced when ChartSpecParser.IsChartInfo(MarkdownParsing.FenceInfo(fenced)):
                AddChart(ChartSpecParser.Parse(MarkdownParsing.FenceInfo(fenced), fenced.Lines.ToString()), context);
                break;
            case CodeBlock code:
                AddCode(code.Lines.ToString(), context);
                break;
            case ThematicBreakBlock:
                _pieces.Add(new RulePiece(_width) { SpaceBefore = 4 });
                break;
            case HtmlBlock html when MarkdownParsing.IsPageBreak(html):
                _pieces.Add(new PageBreakPiece());
                break;
            case HtmlBlock html when !MarkdownParsing.IsComment(html):
                AddParagraph([new StyledRun(string.Join(' ', html.Lines.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), new TextStyle(Typography.BodySize))], context, Typography.ParagraphGap);
                break;
            case QuoteBlock quote:
                var inner = context with { X = context.X + Typography.QuoteIndent, Width = context.Width - Typography.QuoteIndent, Bars = [.. context.Bars, context.X + 2] };
                foreach (var child in quote)
                {
                    AddBlock(child, inner, outlineShift);
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddBlock(child, context, outlineShift);
                }

                break;
        }
    }

    private void AddHeading(HeadingBlock heading, Context context, int outlineShift)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var size = Typography.HeadingSize(level);
        var runs = InlineCollector.Collect(heading.Inline, new TextStyle(size, Bold: true, Color: Typography.HeadingColor));
        var lines = LineBreaker.Break(runs, context.Width, _measurer);
        if (lines.Count == 0)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var piece = new LinePiece(lines[i], context.X, Typography.LineHeight(size), Typography.Baseline(size))
            {
                KeepWithNext = true,
                SpaceBefore = i == 0 ? Typography.HeadingGap(level) : 0,
                Bars = context.Bars,
            };
            if (i == 0 && level <= 4)
            {
                piece.Outline = new OutlineEntry(level + outlineShift, InlineCollector.PlainText(runs));
            }

            if (i == lines.Count - 1 && level <= 2)
            {
                piece.PadBottom = 2;
            }

            _pieces.Add(piece);
        }
    }

    private List<LinePiece> AddParagraph(IReadOnlyList<StyledRun> runs, Context context, double gap)
    {
        var size = Typography.BodySize;
        var lines = LineBreaker.Break(runs, context.Width, _measurer);
        var added = new List<LinePiece>();
        for (var i = 0; i < lines.Count; i++)
        {
            var piece = new LinePiece(lines[i], context.X, Typography.LineHeight(size), Typography.Baseline(size))
            {
                SpaceBefore = i == 0 ? gap : 0,
                // Orphans and widows: never one line of a paragraph alone at the bottom or top of a page.
                KeepWithNext = (i == 0 && lines.Count >= 2) || (i == lines.Count - 2 && lines.Count >= 3),
                Bars = context.Bars,
            };
            _pieces.Add(piece);
            added.Add(piece);
        }

        return added;
    }

    private void AddList(ListBlock list, Context context, int outlineShift)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var style = new TextStyle(Typography.BodySize);
        var item = 0;
        foreach (var child in list)
        {
            if (child is not ListItemBlock listItem)
            {
                continue;
            }

            var marker = list.IsOrdered ? $"{number + item}{list.OrderedDelimiter}" : context.ListDepth == 0 ? "•" : "◦";
            var markerWidth = _measurer.Width(marker, style);
            var inner = context with { X = context.X + Typography.ListIndent, Width = context.Width - Typography.ListIndent, ListDepth = context.ListDepth + 1 };
            var first = _pieces.Count;
            var firstBlock = true;
            foreach (var block in listItem)
            {
                if (block is ParagraphBlock paragraph)
                {
                    AddParagraph(InlineCollector.Collect(paragraph.Inline, style), inner, firstBlock ? (item == 0 && context.ListDepth == 0 ? Typography.ParagraphGap : 2) : 3);
                }
                else
                {
                    AddBlock(block, inner, outlineShift);
                }

                firstBlock = false;
            }

            var markerPiece = _pieces.Skip(first).OfType<LinePiece>().FirstOrDefault();
            if (markerPiece is not null)
            {
                var markerX = context.X + Typography.ListIndent - 5 - markerWidth;
                markerPiece.Marker = (new TextFragment(marker, style, 0, markerWidth), markerX);
            }

            item++;
        }
    }

    private void AddTable(Table table, Context context)
    {
        var size = Typography.TableSize;
        var columns = Math.Max(table.ColumnDefinitions.Count, table.OfType<TableRow>().Select(r => r.Count).DefaultIfEmpty(0).Max());
        if (columns == 0)
        {
            return;
        }

        var rows = new List<(bool Header, List<IReadOnlyList<StyledRun>> Cells)>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<IReadOnlyList<StyledRun>>();
            var style = new TextStyle(size, Bold: row.IsHeader);
            foreach (var cell in row.OfType<TableCell>())
            {
                var runs = new List<StyledRun>();
                foreach (var paragraph in cell.OfType<LeafBlock>())
                {
                    if (runs.Count > 0)
                    {
                        runs.Add(new StyledRun("\n", style));
                    }

                    runs.AddRange(InlineCollector.Collect(paragraph.Inline, style));
                }

                cells.Add(runs);
            }

            rows.Add((row.IsHeader, cells));
        }

        var pad = 2 * Typography.CellPadX;
        var bounds = new (double Min, double Max)[columns];
        foreach (var (_, cells) in rows)
        {
            for (var c = 0; c < cells.Count && c < columns; c++)
            {
                var (min, max) = LineBreaker.ContentWidths(cells[c], _measurer);
                // CJK text may break between any two characters; keep short cells such as 等級 whole all the same.
                min = Math.Max(min, Math.Min(max, 4 * size));
                bounds[c] = (Math.Max(bounds[c].Min, min + pad), Math.Max(bounds[c].Max, max + pad));
            }
        }

        var widths = ColumnWidths.Distribute(bounds, context.Width);
        var alignments = Enumerable.Range(0, columns).Select(c => c < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[c].Alignment switch
            {
                TableColumnAlign.Right => CellAlignment.Right,
                TableColumnAlign.Center => CellAlignment.Center,
                _ => CellAlignment.Left,
            }
            : CellAlignment.Left).ToArray();

        LayoutPiece? header = null;
        var firstRow = true;
        foreach (var (isHeader, cells) in rows)
        {
            var laid = new List<TableCellLayout>();
            for (var c = 0; c < columns; c++)
            {
                var runs = c < cells.Count ? cells[c] : [];
                laid.Add(new TableCellLayout(LineBreaker.Break(runs, Math.Max(1, widths[c] - pad), _measurer), alignments[c]));
            }

            var piece = new TableRowPiece(context.X, widths, laid, Typography.LineHeight(size), Typography.Baseline(size), isHeader)
            {
                SpaceBefore = firstRow ? Typography.ParagraphGap + 2 : 0,
                KeepWithNext = isHeader,
            };
            if (isHeader)
            {
                header ??= piece;
            }
            else
            {
                piece.RepeatHeader = header;
            }

            _pieces.Add(piece);
            firstRow = false;
        }
    }

    private void AddCode(string code, Context context)
    {
        var size = Typography.CodeSize;
        var style = new TextStyle(size, Monospace: true, Color: 0x2B2B2B);
        var sourceLines = code.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var pieces = new List<LinePiece>();
        foreach (var source in sourceLines)
        {
            var text = source.Replace("\t", "    ", StringComparison.Ordinal);
            var indent = text.Length - text.TrimStart(' ').Length;
            text = new string('\u00A0', indent) + text.TrimStart(' ');
            var lines = LineBreaker.Break([new StyledRun(text, style)], context.Width - 12, _measurer);
            if (lines.Count == 0)
            {
                lines = [new TextLine([], 0)];
            }

            foreach (var line in lines)
            {
                pieces.Add(new LinePiece(line, context.X + 6, size * 1.4, Typography.Baseline(size) - size * 0.05)
                {
                    Background = (Typography.CodeBackground, context.X, context.Width),
                    Bars = context.Bars,
                });
            }
        }

        pieces[0].SpaceBefore = Typography.ParagraphGap;
        pieces[0].PadTop = 4;
        pieces[^1].PadBottom = 4;
        _pieces.AddRange(pieces);
    }

    private void AddChart(ChartSpec spec, Context context)
    {
        var size = _measureChart(spec, context.Width);
        var width = Math.Min(size.Width, context.Width);
        _pieces.Add(new ChartPiece(spec, context.X + (context.Width - width) / 2, width, size.Height) { SpaceBefore = Typography.ParagraphGap + 2 });
    }

    /// <summary>Where blocks go: indent and width in points, quote bars, list nesting depth.</summary>
    private sealed record Context(double X, double Width, IReadOnlyList<double> Bars, int ListDepth);

    /// <summary>A zero-height piece that only carries a bookmark.</summary>
    private sealed class RulePieceless : LayoutPiece
    {
        public override double Height => 0;

        public override void Draw(IPageCanvas canvas, double left, double top)
        {
        }
    }
}
