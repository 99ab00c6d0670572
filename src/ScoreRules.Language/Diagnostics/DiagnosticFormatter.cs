using System.Globalization;
using System.Text;

namespace ScoreRules.Language.Diagnostics;

/// <summary>
/// Renders diagnostics the way editors and CI problem matchers read them:
/// <c>path:line:col: error SR1003: message</c>, then the offending line and a caret under the span,
/// then an optional <c>hint:</c> line. Wide (CJK) characters count as two caret columns so the caret
/// lines up in a terminal.
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>The full rendering of one diagnostic, lines separated by <c>\n</c>, no trailing newline.</summary>
    public static string Render(Diagnostic diagnostic)
    {
        var sb = new StringBuilder(diagnostic.ToString());
        if (diagnostic.Source is { } source)
        {
            var pos = diagnostic.Position;
            var line = source.GetLineText(pos.Line);
            var startCol = Math.Min(pos.Column - 1, line.Length);
            var spanInLine = Math.Min(diagnostic.Span.Length, line.Length - startCol);
            sb.Append("\n    ").Append(line.Replace('\t', ' '));
            sb.Append("\n    ").Append(Pad(line.AsSpan(0, startCol)));
            sb.Append('^');
            if (spanInLine > 1) sb.Append('~', Width(line.AsSpan(startCol, spanInLine)) - 1);
        }
        if (diagnostic.Hint is { } hint) sb.Append("\n    hint: ").Append(hint);
        return sb.ToString();
    }

    /// <summary>Renders all diagnostics, each followed by a blank line.</summary>
    public static string RenderAll(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(diagnostics.Select(d => Render(d) + "\n\n"));

    private static string Pad(ReadOnlySpan<char> prefix) => new(' ', Width(prefix));

    private static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += IsWide(rune) ? 2 : 1;
        return width;
    }

    // East Asian wide and full-width characters take two terminal cells.
    private static bool IsWide(Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD
            || CharUnicodeInfo.GetUnicodeCategory(v) == UnicodeCategory.OtherLetter && v >= 0x3000;
    }
}
