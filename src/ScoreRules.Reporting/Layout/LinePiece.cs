namespace ScoreRules.Reporting.Layout;

/// <summary>
/// One line of text (of a paragraph, heading, list item or code block) at an indent, with optional extras: a list
/// marker left of the text, a background band (code blocks), quote bars, and padding above and below.
/// </summary>
internal sealed class LinePiece : LayoutPiece
{
    /// <summary>Creates a line.</summary>
    /// <param name="line">The text.</param>
    /// <param name="x">Indent from the content's left edge, in points.</param>
    /// <param name="lineHeight">Height of the line box in points.</param>
    /// <param name="baseline">Distance from the line box's top to the baseline, in points.</param>
    public LinePiece(TextLine line, double x, double lineHeight, double baseline)
    {
        Line = line;
        X = x;
        LineHeight = lineHeight;
        Baseline = baseline;
    }

    /// <summary>The text.</summary>
    public TextLine Line { get; }

    /// <summary>Indent from the content's left edge.</summary>
    public double X { get; }

    /// <summary>Height of the line box.</summary>
    public double LineHeight { get; }

    /// <summary>Distance from the line box's top to the baseline.</summary>
    public double Baseline { get; }

    /// <summary>Padding above the line box (inside the background).</summary>
    public double PadTop { get; set; }

    /// <summary>Padding below the line box (inside the background).</summary>
    public double PadBottom { get; set; }

    /// <summary>A list marker drawn on the baseline, and its offset from the content's left edge.</summary>
    public (TextFragment Fragment, double X)? Marker { get; set; }

    /// <summary>A background band: colour and horizontal extent from the content's left edge.</summary>
    public (int Color, double X, double Width)? Background { get; set; }

    /// <summary>Offsets of quote bars from the content's left edge.</summary>
    public IReadOnlyList<double> Bars { get; set; } = [];

    /// <inheritdoc />
    public override double Height => PadTop + LineHeight + PadBottom;

    /// <inheritdoc />
    public override void Draw(IPageCanvas canvas, double left, double top)
    {
        if (Background is { } band)
        {
            canvas.FillRect(left + band.X, top, band.Width, Height, band.Color);
        }

        foreach (var bar in Bars)
        {
            canvas.FillRect(left + bar, top, 2.2, Height, 0xC9D3E0);
        }

        var baseline = top + PadTop + Baseline;
        if (Marker is { } marker)
        {
            canvas.DrawText(marker.Fragment, left + marker.X, baseline);
        }

        foreach (var fragment in Line.Fragments)
        {
            canvas.DrawText(fragment, left + X + fragment.X, baseline);
        }
    }
}
