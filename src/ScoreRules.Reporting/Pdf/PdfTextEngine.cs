using System.Text;
using PdfSharp.Drawing;
using ScoreRules.Reporting.Fonts;
using ScoreRules.Reporting.Layout;

namespace ScoreRules.Reporting.Pdf;

/// <summary>
/// Measures and draws text with per-character font fallback: a string is split into runs that one face can draw
/// (by the faces' cmaps, see <see cref="FontSet"/>), and each run is measured or drawn with its own PDFsharp font.
/// Widths are remembered in the font set, so documents drawn with a shared set measure each text once. One engine
/// serves one document on one thread (its measuring context is not shared).
/// </summary>
internal sealed class PdfTextEngine : ITextMeasurer
{
    private readonly FontSet _fonts;
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);

    public PdfTextEngine(FontSet fonts) => _fonts = fonts;

    /// <inheritdoc />
    public double Width(string text, TextStyle style)
    {
        var widths = _fonts.Widths;
        if (widths.TryGet(text, style, out var cached))
        {
            return cached;
        }

        var width = 0.0;
        foreach (var (run, font) in Runs(text, style))
        {
            width += _measure.MeasureString(run, font).Width;
        }

        widths.Add(text, style, width);
        return width;
    }

    /// <inheritdoc />
    public double Width(ReadOnlySpan<char> text, TextStyle style) =>
        _fonts.Widths.TryGet(text, style, out var cached) ? cached : Width(text.ToString(), style);

    /// <summary>Draws text whose baseline starts at (x, baseline).</summary>
    public void Draw(XGraphics graphics, string text, TextStyle style, double x, double baseline)
    {
        var brush = PdfColors.Brush(style.Color);
        foreach (var (run, font) in Runs(text, style))
        {
            graphics.DrawString(run, font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += Width(run, style);
        }
    }

    /// <summary>The text cut into runs that one font can draw.</summary>
    /// <exception cref="MissingGlyphException">No font has one of the characters.</exception>
    public IEnumerable<(string Text, XFont Font)> Runs(string text, TextStyle style)
    {
        var builder = new StringBuilder();
        ResolvedFace? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            // Spaces take the font of the text around them (every font has one).
            var resolved = rune.Value == ' ' && current is not null
                ? current.Value
                : _fonts.Resolve(rune.Value == '\u00A0' ? ' ' : rune.Value, style.Bold, style.Italic, style.Monospace);
            if (current is not null && resolved != current.Value)
            {
                yield return (builder.ToString(), PdfFontRegistry.Font(current.Value, style.Size));
                builder.Clear();
            }

            current = resolved;
            builder.Append(rune.Value == '\u00A0' ? " " : rune.ToString());
        }

        if (current is not null && builder.Length > 0)
        {
            yield return (builder.ToString(), PdfFontRegistry.Font(current.Value, style.Size));
        }
    }
}
