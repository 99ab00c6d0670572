using PdfSharp.Drawing;
using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Pdf;

/// <summary>Paints a laid-out chart with PDFsharp vector graphics.</summary>
internal static class XGraphicsChartPainter
{
    /// <summary>Paints <paramref name="scene"/> with its top-left corner at <paramref name="origin"/>.</summary>
    public static void Paint(XGraphics graphics, ChartScene scene, XPoint origin, PdfTextEngine text)
    {
        var state = graphics.Save();
        graphics.TranslateTransform(origin.X, origin.Y);
        foreach (var shape in scene.Shapes)
        {
            switch (shape)
            {
                case ChartLine line:
                    graphics.DrawLine(PdfColors.Pen(line.Color, line.Width, line.Dashed), line.From, line.To);
                    break;
                case ChartRect rect:
                    graphics.DrawRectangle(PdfColors.Brush(rect.Fill), rect.Rect);
                    break;
                case ChartPolygon polygon when polygon.Points.Count < 3:
                    // Fewer than three axes make no area; PDFsharp refuses such polygons.
                    if (polygon.Points.Count == 2 && polygon.Stroke is { } edge)
                        graphics.DrawLine(PdfColors.Pen(edge, polygon.StrokeWidth, polygon.Dashed), polygon.Points[0], polygon.Points[1]);
                    break;
                case ChartPolygon polygon:
                    var points = polygon.Points.ToArray();
                    if (polygon.Fill is { } fill)
                    {
                        graphics.DrawPolygon(PdfColors.Brush(fill, polygon.FillOpacity), points, XFillMode.Winding);
                    }

                    if (polygon.Stroke is { } stroke)
                    {
                        graphics.DrawPolygon(PdfColors.Pen(stroke, polygon.StrokeWidth, polygon.Dashed), points);
                    }

                    break;
                case ChartPolyline polyline when polyline.Points.Count < 2:
                    break;
                case ChartPolyline polyline:
                    graphics.DrawLines(PdfColors.Pen(polyline.Color, polyline.Width), polyline.Points.ToArray());
                    break;
                case ChartDot dot:
                    graphics.DrawEllipse(PdfColors.Brush(dot.Fill), dot.Center.X - dot.Radius, dot.Center.Y - dot.Radius, dot.Radius * 2, dot.Radius * 2);
                    break;
                case ChartText label when label.Vertical:
                    var turned = graphics.Save();
                    graphics.RotateAtTransform(-90, label.Origin);
                    text.Draw(graphics, label.Text, label.Style, label.Origin.X, label.Origin.Y);
                    graphics.Restore(turned);
                    break;
                case ChartText label:
                    text.Draw(graphics, label.Text, label.Style, label.Origin.X, label.Origin.Y);
                    break;
            }
        }

        graphics.Restore(state);
    }
}
