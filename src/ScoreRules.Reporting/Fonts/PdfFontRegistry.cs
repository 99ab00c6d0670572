using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ScoreRules.Reporting.Fonts;

/// <summary>
/// PDFsharp's process-wide font resolver for reports. PDFsharp asks one global <see cref="IFontResolver"/> for
/// fonts by family name; every face a report uses is registered here under its <see cref="FontFace.Key"/>, so the
/// resolver hands PDFsharp exactly that face's bytes. Installed once, on first use.
/// </summary>
internal sealed class PdfFontRegistry : IFontResolver
{
    private static readonly PdfFontRegistry Instance = new();
    private static readonly object Gate = new();
    private static bool _installed;

    private readonly ConcurrentDictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Key, double Size, bool Bold, bool Italic), XFont> _fonts = new();

    private PdfFontRegistry()
    {
    }

    /// <summary>Returns the PDFsharp font for a face at a size, simulating bold or italic as asked.</summary>
    /// <exception cref="InvalidOperationException">Another font resolver was installed in PDFsharp.</exception>
    public static XFont Font(ResolvedFace resolved, double size)
    {
        EnsureInstalled();
        var face = resolved.Face;
        // TryAdd takes a lock even when the key is there; every run of text comes here, from every thread.
        if (!Instance._faces.ContainsKey(face.Key))
        {
            Instance._faces.TryAdd(face.Key, face);
        }

        return Instance._fonts.GetOrAdd((face.Key, size, resolved.SimulateBold, resolved.SimulateItalic), static k =>
        {
            var style = (k.Bold ? XFontStyleEx.Bold : 0) | (k.Italic ? XFontStyleEx.Italic : 0);
            return new XFont(k.Key, k.Size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
        });
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.TryGetValue(familyName, out var face)
            ? new FontResolverInfo(face.Key, bold && !face.IsBold, italic && !face.IsItalic)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var face) ? face.Bytes : null;

    private static void EnsureInstalled()
    {
        if (_installed)
        {
            return;
        }

        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is not null && !ReferenceEquals(current, Instance))
            {
                throw new InvalidOperationException(
                    "Another PDFsharp font resolver is installed in this process; PDF reports need their own.");
            }

            GlobalFontSettings.FontResolver = Instance;
            _installed = true;
        }
    }
}
