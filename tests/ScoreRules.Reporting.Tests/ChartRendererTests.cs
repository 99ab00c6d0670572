using PdfSharp.Drawing;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Reporting.Tests;

public class ChartRendererTests
{
    private sealed class Recorder : IChartRenderer
    {
        public List<(ChartSpec Spec, double Width)> Measured { get; } = [];

        public List<XRect> Drawn { get; } = [];

        public XSize Measure(ChartSpec spec, double availableWidth)
        {
            Measured.Add((spec, availableWidth));
            return new XSize(200, 120);
        }

        public void Draw(XGraphics graphics, ChartSpec spec, XRect bounds) => Drawn.Add(bounds);
    }

    [Fact]
    public void A_trend_of_one_period_renders_its_dot_without_a_line()
    {
        // PDFsharp refuses a line through fewer than two points; a first appraisal period has one.
        var pdf = MarkdownPdfRenderer.Render("```chart line\n2016-03: 70\n```\n", new PdfOptions());
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
    }

    [Fact]
    public void Chart_blocks_are_measured_at_the_content_width_and_drawn_where_the_layout_put_them()
    {
        var recorder = new Recorder();
        MarkdownPdfRenderer.Render("```chart line\n2026-01: 70\n2026-02: 75\n```\n", new PdfOptions { ChartRenderer = recorder });

        // A4 content width 595.28 - 2 * 56.7 = 481.88; a 200 pt chart is centred: 56.7 + (481.88 - 200) / 2 = 197.64.
        var (spec, width) = recorder.Measured.Single();
        spec.Kind.ShouldBe(ChartKind.Line);
        spec.Points.Count.ShouldBe(2);
        width.ShouldBe(481.88, 1e-9);
        var bounds = recorder.Drawn.Single();
        bounds.X.ShouldBe(197.64, 1e-9);
        bounds.Y.ShouldBe(56.7, 1e-9); // first thing on the page: no gap above it
        bounds.Width.ShouldBe(200);
        bounds.Height.ShouldBe(120);
    }
}
