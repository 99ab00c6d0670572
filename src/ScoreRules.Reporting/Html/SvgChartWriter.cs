using System.Globalization;
using System.Net;
using System.Text;
using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Html;

/// <summary>Writes a laid-out chart as an inline SVG element (same layout as the PDF, browser fonts).</summary>
internal static class SvgChartWriter
{
    /// <summary>
    /// The chart of <paramref name="spec"/> as SVG, laid out at most <paramref name="width"/> points wide; user units are
    /// points, so labels print at the same sizes as in the PDF.
    /// </summary>
    public static string Write(ChartSpec spec, double width)
    {
        var scene = ChartScene.Build(spec, spec.Kind == ChartKind.Radar ? Math.Min(width, 380) : width, new ApproximateTextMeasurer());
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-{spec.Kind.ToString().ToLowerInvariant()}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(scene.Width)} {N(scene.Height)}\" width=\"{N(scene.Width)}pt\" height=\"{N(scene.Height)}pt\" role=\"img\"");
        if (!string.IsNullOrEmpty(spec.Title))
        {
            svg.Append(" aria-label=\"").Append(WebUtility.HtmlEncode(spec.Title)).Append('"');
        }

        svg.Append(">\n");
        foreach (var shape in scene.Shapes)
        {
            switch (shape)
            {
                case ChartLine l:
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(l.From.X)}\" y1=\"{N(l.From.Y)}\" x2=\"{N(l.To.X)}\" y2=\"{N(l.To.Y)}\" stroke=\"{C(l.Color)}\" stroke-width=\"{N(l.Width)}\"{Dash(l.Dashed)}/>\n");
                    break;
                case ChartRect r:
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(r.Rect.X)}\" y=\"{N(r.Rect.Y)}\" width=\"{N(r.Rect.Width)}\" height=\"{N(r.Rect.Height)}\" fill=\"{C(r.Fill)}\"/>\n");
                    break;
                case ChartPolygon p:
                    var fill = p.Fill is { } f ? $"fill=\"{C(f)}\" fill-opacity=\"{N(p.FillOpacity)}\"" : "fill=\"none\"";
                    var stroke = p.Stroke is { } s ? $" stroke=\"{C(s)}\" stroke-width=\"{N(p.StrokeWidth)}\"{Dash(p.Dashed)}" : "";
                    svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{Points(p.Points)}\" {fill}{stroke}/>\n");
                    break;
                case ChartPolyline pl:
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{Points(pl.Points)}\" fill=\"none\" stroke=\"{C(pl.Color)}\" stroke-width=\"{N(pl.Width)}\"/>\n");
                    break;
                case ChartDot d:
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(d.Center.X)}\" cy=\"{N(d.Center.Y)}\" r=\"{N(d.Radius)}\" fill=\"{C(d.Fill)}\"/>\n");
                    break;
                case ChartText t:
                    var turn = t.Vertical ? $" transform=\"rotate(-90 {N(t.Origin.X)} {N(t.Origin.Y)})\"" : "";
                    var weight = t.Style.Bold ? " font-weight=\"bold\"" : "";
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(t.Origin.X)}\" y=\"{N(t.Origin.Y)}\" font-size=\"{N(t.Style.Size)}\" fill=\"{C(t.Style.Color)}\"{weight}{turn}>{WebUtility.HtmlEncode(t.Text)}</text>\n");
                    break;
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string C(int rgb) => "#" + rgb.ToString("X6", CultureInfo.InvariantCulture);

    private static string Dash(bool dashed) => dashed ? " stroke-dasharray=\"4 3\"" : "";

    private static string Points(IEnumerable<PdfSharp.Drawing.XPoint> points) =>
        string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));
}
