using PdfSharp.Drawing;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Charts;

/// <summary>
/// Lays out radar charts: one axis per point starting at the top and going clockwise, rings at a quarter, half,
/// three quarters and all of the axis maximum, the target as a dashed ring, the values as a filled polygon, and
/// each axis label (wrapped to at most three lines) just outside its axis end, anchored away from the centre.
/// </summary>
internal sealed class RadarChartBuilder
{
    private const double Pad = 4;
    private readonly ChartSpec _spec;
    private readonly double _width;
    private readonly ITextMeasurer _measurer;

    public RadarChartBuilder(ChartSpec spec, double width, ITextMeasurer measurer)
    {
        _spec = spec;
        _width = width;
        _measurer = measurer;
    }

    public ChartScene Build()
    {
        var shapes = new List<ChartShape>();
        var (max, _) = ChartStyle.AxisRange(_spec);
        var n = _spec.Points.Count;
        var style = ChartStyle.Style(ChartStyle.LabelSize);
        var labelRoom = Math.Max(50, _width * 0.2);
        var labels = _spec.Points.Select(p => LineBreaker.Break([new StyledRun(p.Label, style)], labelRoom, _measurer).Take(3).ToList()).ToList();
        var labelWidth = labels.Max(l => l.Count == 0 ? 0 : l.Max(x => x.Width));
        var lineHeight = style.Size * ChartStyle.LineFactor;
        var labelHeight = labels.Max(l => l.Count) * lineHeight;
        var radius = Math.Clamp(_width / 2 - labelWidth - 12 - Pad, 30, 95);

        var top = Pad;
        if (!string.IsNullOrWhiteSpace(_spec.Title))
        {
            var titleStyle = ChartStyle.Style(9.5, true);
            shapes.Add(ChartStyle.Centered(ChartStyle.Ellipsize(_spec.Title, _width - 2 * Pad, titleStyle, _measurer), _width / 2, top + 9.5 * ChartStyle.AscentFactor, titleStyle, _measurer));
            top += 9.5 * ChartStyle.LineFactor + 6;
        }

        var center = new XPoint(_width / 2, top + labelHeight + 8 + radius);
        XPoint At(int i, double fraction)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            return new XPoint(center.X + Math.Cos(angle) * radius * fraction, center.Y + Math.Sin(angle) * radius * fraction);
        }

        foreach (var ring in new[] { 0.25, 0.5, 0.75, 1.0 })
        {
            shapes.Add(new ChartPolygon(Enumerable.Range(0, n).Select(i => At(i, ring)).ToList(), null, 0, ChartStyle.Grid, ring == 1.0 ? 0.8 : 0.5));
        }

        for (var i = 0; i < n; i++)
        {
            shapes.Add(new ChartLine(center, At(i, 1), ChartStyle.Grid, 0.5));
        }

        if (_spec.Target is { } target)
        {
            var f = Math.Clamp(target / max, 0, 1);
            shapes.Add(new ChartPolygon(Enumerable.Range(0, n).Select(i => At(i, f)).ToList(), null, 0, ChartStyle.TargetColor, 1, true));
        }

        var values = Enumerable.Range(0, n).Select(i => At(i, Math.Clamp((_spec.Points[i].Value ?? 0) / max, 0, 1))).ToList();
        shapes.Add(new ChartPolygon(values, ChartStyle.Series, 0.25, ChartStyle.Series, 1.4));
        foreach (var p in values)
        {
            shapes.Add(new ChartDot(p, 2.2, ChartStyle.Series));
        }

        var bottom = center.Y + radius;
        for (var i = 0; i < n; i++)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            var anchor = At(i, 1);
            var x = anchor.X + cos * 8;
            var y = anchor.Y + sin * 8;
            var lines = labels[i];
            var blockHeight = lines.Count * lineHeight;
            var blockTop = sin < -0.3 ? y - blockHeight : sin > 0.3 ? y : y - blockHeight / 2;
            var baseline = blockTop + style.Size * ChartStyle.AscentFactor;
            foreach (var line in lines)
            {
                var left = cos > 0.2 ? x : cos < -0.2 ? x - line.Width : x - line.Width / 2;
                var text = ChartStyle.Horizontal(line.Text, left, baseline, style, _measurer);
                shapes.Add(text);
                bottom = Math.Max(bottom, text.Bounds.Bottom);
                baseline += lineHeight;
            }
        }

        return new ChartScene(_width, bottom + Pad, shapes);
    }
}
