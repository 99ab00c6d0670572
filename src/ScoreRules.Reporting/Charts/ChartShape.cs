using PdfSharp.Drawing;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Charts;

/// <summary>One drawing primitive of a laid-out chart, in points with y down from the chart's top-left corner.</summary>
internal abstract record ChartShape;

/// <summary>A straight line.</summary>
internal sealed record ChartLine(XPoint From, XPoint To, int Color, double Width, bool Dashed = false) : ChartShape;

/// <summary>A filled rectangle (a bar).</summary>
internal sealed record ChartRect(XRect Rect, int Fill) : ChartShape;

/// <summary>A closed polygon, filled and/or outlined.</summary>
internal sealed record ChartPolygon(IReadOnlyList<XPoint> Points, int? Fill, double FillOpacity, int? Stroke, double StrokeWidth, bool Dashed = false) : ChartShape;

/// <summary>An open polyline.</summary>
internal sealed record ChartPolyline(IReadOnlyList<XPoint> Points, int Color, double Width) : ChartShape;

/// <summary>A filled dot.</summary>
internal sealed record ChartDot(XPoint Center, double Radius, int Fill) : ChartShape;

/// <summary>
/// A one-line label. Horizontal text starts at <see cref="Origin"/> on its baseline; vertical text is turned a
/// quarter left (reads bottom to top) about <see cref="Origin"/>. <see cref="Bounds"/> is the box it covers.
/// </summary>
internal sealed record ChartText(string Text, XPoint Origin, TextStyle Style, double Width, bool Vertical, XRect Bounds) : ChartShape;
