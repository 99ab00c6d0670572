using ScoreRules.Reporting.Charts;

namespace ScoreRules.Reporting.Layout;

/// <summary>Where laid-out pieces draw themselves: a PDF page, or a recorder in tests. Points, y down.</summary>
internal interface IPageCanvas
{
    /// <summary>Draws a text fragment whose baseline starts at (x, baseline).</summary>
    void DrawText(TextFragment fragment, double x, double baseline);

    /// <summary>Draws a straight line.</summary>
    void DrawLine(double x1, double y1, double x2, double y2, int color, double width);

    /// <summary>Fills a rectangle.</summary>
    void FillRect(double x, double y, double width, double height, int color);

    /// <summary>Draws a chart into the rectangle.</summary>
    void DrawChart(ChartSpec spec, double x, double y, double width, double height);
}
