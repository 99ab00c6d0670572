using PdfSharp.Drawing;
using ScoreRules.Reporting.Charts;
using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Pdf;

namespace ScoreRules.Reporting.Tests;

public class ChartLayoutTests
{
    private static readonly PdfTextEngine Text = new(FontSet.Create(null));

    private static ChartSpec Bars(params string[] labels) => new()
    {
        Kind = ChartKind.Bar,
        Points = labels.Select((l, i) => new ChartPoint(l, 40 + i * 7 % 60)).ToList(),
        Target = 80,
        Max = 100,
        Title = "指標得分 Metric scores",
    };

    private static bool Overlap(XRect a, XRect b) =>
        a.Left < b.Right - 0.01 && b.Left < a.Right - 0.01 && a.Top < b.Bottom - 0.01 && b.Top < a.Bottom - 0.01;

    private static void ShouldHaveNoCollisions(ChartScene scene)
    {
        var texts = scene.Texts.ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                Overlap(texts[i].Bounds, texts[j].Bounds).ShouldBeFalse($"'{texts[i].Text}' {texts[i].Bounds} overlaps '{texts[j].Text}' {texts[j].Bounds}");
            }

            foreach (var bar in scene.Bars)
            {
                Overlap(texts[i].Bounds, bar.Rect).ShouldBeFalse($"'{texts[i].Text}' {texts[i].Bounds} overlaps the bar {bar.Rect}");
            }

            foreach (var target in scene.Shapes.OfType<ChartLine>().Where(l => l.Dashed))
            {
                var across = texts[i].Bounds.Left < target.To.X && texts[i].Bounds.Right > target.From.X;
                (across && target.From.Y > texts[i].Bounds.Top && target.From.Y < texts[i].Bounds.Bottom)
                    .ShouldBeFalse($"the target line strikes through '{texts[i].Text}'");
            }

            texts[i].Bounds.Left.ShouldBeGreaterThanOrEqualTo(0);
            texts[i].Bounds.Right.ShouldBeLessThanOrEqualTo(scene.Width + 0.01);
            texts[i].Bounds.Bottom.ShouldBeLessThanOrEqualTo(scene.Height + 0.01);
        }
    }

    [Fact]
    public void Short_labels_stay_level_and_clear_of_each_other_and_the_bars()
    {
        var scene = ChartScene.Build(Bars("CSAT", "CES", "FRT", "FCR", "MTTR"), 480, Text);

        ShouldHaveNoCollisions(scene);
        scene.Texts.ShouldAllBe(t => !t.Vertical);
        scene.Texts.Select(t => t.Text).ShouldContain("CSAT");
    }

    [Fact]
    public void Long_labels_wrap_within_their_slot()
    {
        var scene = ChartScene.Build(Bars("客戶滿意度 Customer satisfaction", "客戶費力度 Customer effort score", "首次響應時間 First response time", "一線解決率 First contact resolution"), 480, Text);

        ShouldHaveNoCollisions(scene);
        // Four slots of about 100 pt cannot hold these 150–190 pt labels on one line.
        scene.Texts.Count(t => t.Text.StartsWith("客戶滿意度", StringComparison.Ordinal)).ShouldBe(1);
        scene.Texts.Any(t => t.Text == "Customer satisfaction" || t.Text.StartsWith("satisfaction", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public void Many_long_labels_are_turned_upright_and_still_do_not_collide()
    {
        var labels = Enumerable.Range(1, 24).Select(i => $"Knowledge-base contributions {i}").ToArray();
        var scene = ChartScene.Build(Bars(labels), 480, Text);

        ShouldHaveNoCollisions(scene);
        scene.Texts.Where(t => t.Text.StartsWith("Knowledge", StringComparison.Ordinal)).ShouldAllBe(t => t.Vertical);
    }

    [Fact]
    public void Upright_labels_cover_exactly_their_turned_box()
    {
        // Turned a quarter left, a label's width becomes its height and its line height its width, centred on the slot.
        var style = new Layout.TextStyle(8);
        var label = ChartStyle.VerticalHanging("Knowledge", 100, 50, style, Text);
        label.Bounds.Height.ShouldBe(Text.Width("Knowledge", style), 1e-9);
        label.Bounds.Width.ShouldBe(8 * ChartStyle.LineFactor, 1e-9);
        (label.Bounds.Left + label.Bounds.Width / 2).ShouldBe(100, 1e-9);
        label.Origin.Y.ShouldBe(50 + label.Bounds.Height, 1e-9);
    }

    [Fact]
    public void Bars_and_the_target_line_sit_at_their_values()
    {
        var spec = new ChartSpec { Kind = ChartKind.Bar, Points = [new ChartPoint("a", 50), new ChartPoint("b", 100), new ChartPoint("c", null)], Target = 80, Max = 100 };
        var scene = ChartScene.Build(spec, 300, Text);

        var bars = scene.Bars.ToList();
        bars.Count.ShouldBe(2); // no bar for "no data"
        // The 100 bar is twice as tall as the 50 bar; both stand on the same axis.
        bars[1].Rect.Height.ShouldBe(2 * bars[0].Rect.Height, 1e-6);
        bars[0].Rect.Bottom.ShouldBe(bars[1].Rect.Bottom, 1e-6);
        var target = scene.Shapes.OfType<ChartLine>().Single(l => l.Dashed);
        target.From.Y.ShouldBe(bars[1].Rect.Bottom - 0.8 * bars[1].Rect.Height, 1e-6);
        scene.Texts.Select(t => t.Text).ShouldContain("–");
        ShouldHaveNoCollisions(scene);
    }

    [Fact]
    public void Radar_axis_labels_do_not_collide()
    {
        var spec = new ChartSpec
        {
            Kind = ChartKind.Radar,
            Points = [new("客戶體驗", 92), new("運營效率 Operations", 64), new("學習成長", 100), new("溝通能力 Communication", 78), new("知識分享 Knowledge sharing", 55)],
            Target = 75,
        };
        ShouldHaveNoCollisions(ChartScene.Build(spec, 380, Text));
    }

    [Fact]
    public void Line_chart_points_follow_the_values()
    {
        var spec = new ChartSpec { Kind = ChartKind.Line, Points = [new("2026-01", 60), new("2026-02", 80), new("2026-03", 70)], Max = 100, Target = 72 };
        var scene = ChartScene.Build(spec, 400, Text);

        var line = scene.Shapes.OfType<ChartPolyline>().Single();
        line.Points.Count.ShouldBe(3);
        // Equal slots: the middle point is halfway between the others; 80 is twice as far above 60 as 70 is.
        line.Points[1].X.ShouldBe((line.Points[0].X + line.Points[2].X) / 2, 1e-6);
        (line.Points[0].Y - line.Points[1].Y).ShouldBe(2 * (line.Points[0].Y - line.Points[2].Y), 1e-6);
        ShouldHaveNoCollisions(scene);
    }
}
