using PdfSharp.Drawing;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Charts;

/// <summary>
/// Lays out bar and line charts: value axis with ticks on the left, the target line's value on the right, one slot
/// per point, value labels above the bars (points), and category labels under the slots. Category labels never
/// overlap each other or the bars: each is wrapped to its slot's width (up to three lines); when a word would not
/// fit, the font is shrunk step by step down to 6 pt; when even that fails, labels are turned upright (reading
/// upwards) and shortened with an ellipsis if they are longer than the room under the axis.
/// </summary>
internal sealed class CartesianChartBuilder
{
    private const double Pad = 4;
    private readonly ChartSpec _spec;
    private readonly double _width;
    private readonly ITextMeasurer _measurer;
    private readonly List<ChartShape> _shapes = [];

    public CartesianChartBuilder(ChartSpec spec, double width, ITextMeasurer measurer)
    {
        _spec = spec;
        _width = width;
        _measurer = measurer;
    }

    public ChartScene Build()
    {
        var (max, step) = ChartStyle.AxisRange(_spec);
        var min = _spec.Min;
        var tickStyle = ChartStyle.Style(7, color: ChartStyle.Axis);
        var ticks = new List<double>();
        for (var v = min; v <= max + step * 1e-6; v += step)
        {
            ticks.Add(v);
        }

        var leftMargin = ticks.Max(t => _measurer.Width(ChartStyle.Format(t, ""), tickStyle)) + 6 + Pad;
        var targetStyle = ChartStyle.Style(7, true, ChartStyle.TargetColor);
        var targetText = _spec.Target is { } target ? ChartStyle.Format(target, _spec.Unit) : null;
        var rightMargin = (targetText is null ? 0 : _measurer.Width(targetText, targetStyle) + 6) + Pad;
        var plotLeft = leftMargin;
        var plotRight = _width - rightMargin;
        var n = _spec.Points.Count;
        var slot = (plotRight - plotLeft) / n;

        var top = Pad;
        if (!string.IsNullOrWhiteSpace(_spec.Title))
        {
            var titleStyle = ChartStyle.Style(9.5, true);
            _shapes.Add(ChartStyle.Centered(ChartStyle.Ellipsize(_spec.Title, _width - 2 * Pad, titleStyle, _measurer), _width / 2, top + 9.5 * ChartStyle.AscentFactor, titleStyle, _measurer));
            top += 9.5 * ChartStyle.LineFactor + 6;
        }

        var valueStyle = ChartStyle.Style(7.5);
        var valueSize = FitValueSize(valueStyle, slot);
        valueStyle = valueStyle with { Size = valueSize };
        var headroom = valueSize * ChartStyle.LineFactor + 4;
        var plotHeight = Math.Clamp(_width * 0.32, 100, 190);
        var plotTop = top + headroom;
        var plotBottom = plotTop + plotHeight;
        double Y(double v) => plotBottom - (Math.Clamp(v, min, max) - min) / (max - min) * plotHeight;

        foreach (var t in ticks)
        {
            var y = Y(t);
            _shapes.Add(new ChartLine(new XPoint(plotLeft, y), new XPoint(plotRight, y), t == min ? ChartStyle.Axis : ChartStyle.Grid, t == min ? 0.8 : 0.5));
            var label = ChartStyle.Format(t, "");
            _shapes.Add(ChartStyle.Horizontal(label, plotLeft - 6 - _measurer.Width(label, tickStyle), y + tickStyle.Size * 0.35, tickStyle, _measurer));
        }

        var points = new List<XPoint>();
        for (var i = 0; i < n; i++)
        {
            var point = _spec.Points[i];
            var center = plotLeft + slot * (i + 0.5);
            var valueTop = plotBottom;
            if (point.Value is { } value)
            {
                var y = Y(value);
                if (_spec.Kind == ChartKind.Bar)
                {
                    var barWidth = Math.Min(slot * 0.6, 44);
                    _shapes.Add(new ChartRect(new XRect(center - barWidth / 2, y, barWidth, plotBottom - y), ChartStyle.Series));
                    valueTop = y;
                }
                else
                {
                    points.Add(new XPoint(center, y));
                    valueTop = y - 3;
                }
            }

            var valueText = point.Value is { } v2 ? ChartStyle.Format(v2, _spec.Unit) : "–";
            var descent = valueSize * (ChartStyle.LineFactor - ChartStyle.AscentFactor);
            var label = ChartStyle.Centered(valueText, center, valueTop - 2 - descent, valueStyle, _measurer);
            if (_spec.Target is { } line && point.Value is { } v3 && Crosses(label, Y(line)))
            {
                // Keep the dashed target line from striking through the value: a bar's value goes just above the
                // line, a point's value just below the point.
                var baseline = _spec.Kind == ChartKind.Bar ? Y(line) - 2 - descent : Y(v3) + 4 + valueSize * ChartStyle.AscentFactor;
                label = ChartStyle.Centered(valueText, center, baseline, valueStyle, _measurer);
            }

            _shapes.Add(label);
        }

        if (points.Count > 0)
        {
            // A single period has no line to draw, only its dot.
            if (points.Count > 1) _shapes.Add(new ChartPolyline(points, ChartStyle.Series, 1.6));
            foreach (var p in points)
            {
                _shapes.Add(new ChartDot(p, 2.6, ChartStyle.Series));
            }
        }

        if (_spec.Target is { } goal && targetText is not null)
        {
            var y = Y(goal);
            _shapes.Add(new ChartLine(new XPoint(plotLeft, y), new XPoint(plotRight, y), ChartStyle.TargetColor, 1.1, true));
            _shapes.Add(ChartStyle.Horizontal(targetText, plotRight + 6, y + targetStyle.Size * 0.35, targetStyle, _measurer));
        }

        var bottom = AddCategoryLabels(plotLeft, slot, plotBottom + 4, plotHeight);
        return new ChartScene(_width, bottom + Pad, _shapes);
    }

    private static bool Crosses(ChartText label, double y) => y > label.Bounds.Top - 1 && y < label.Bounds.Bottom + 1;

    private double FitValueSize(TextStyle style, double slot)
    {
        var size = style.Size;
        while (size > 5 && _spec.Points.Any(p => _measurer.Width(p.Value is { } v ? ChartStyle.Format(v, _spec.Unit) : "–", style with { Size = size }) > slot - 2))
        {
            size -= 0.5;
        }

        return size;
    }

    /// <summary>Adds the category labels under the slots and returns the bottom of the lowest one.</summary>
    private double AddCategoryLabels(double plotLeft, double slot, double top, double plotHeight)
    {
        var room = slot - 3;
        for (var size = ChartStyle.LabelSize; size >= ChartStyle.MinLabelSize - 1e-9; size -= 0.5)
        {
            var style = ChartStyle.Style(size);
            var wrapped = new List<IReadOnlyList<TextLine>>();
            var fits = true;
            foreach (var point in _spec.Points)
            {
                var runs = new[] { new StyledRun(point.Label, style) };
                if (LineBreaker.ContentWidths(runs, _measurer).Min > room)
                {
                    fits = false;
                    break;
                }

                var lines = LineBreaker.Break(runs, room, _measurer);
                if (lines.Count > 3)
                {
                    fits = false;
                    break;
                }

                wrapped.Add(lines);
            }

            if (!fits)
            {
                continue;
            }

            var bottom = top;
            for (var i = 0; i < wrapped.Count; i++)
            {
                var center = plotLeft + slot * (i + 0.5);
                var baseline = top + size * ChartStyle.AscentFactor;
                foreach (var line in wrapped[i])
                {
                    var text = ChartStyle.Centered(line.Text, center, baseline, style, _measurer);
                    _shapes.Add(text);
                    bottom = Math.Max(bottom, text.Bounds.Bottom);
                    baseline += size * ChartStyle.LineFactor;
                }
            }

            return bottom;
        }

        var uprightSize = Math.Clamp((slot - 1) / ChartStyle.LineFactor, 4, ChartStyle.LabelSize);
        var upright = ChartStyle.Style(uprightSize);
        var longest = Math.Max(40, plotHeight * 0.8);
        var lowest = top;
        for (var i = 0; i < _spec.Points.Count; i++)
        {
            var label = ChartStyle.Ellipsize(_spec.Points[i].Label, longest, upright, _measurer);
            var text = ChartStyle.VerticalHanging(label, plotLeft + slot * (i + 0.5), top, upright, _measurer);
            _shapes.Add(text);
            lowest = Math.Max(lowest, text.Bounds.Bottom);
        }

        return lowest;
    }
}
