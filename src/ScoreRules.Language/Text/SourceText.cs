namespace ScoreRules.Language.Text;

/// <summary>
/// The text of one rule file with its path, and the line table that turns offsets into
/// 1-based <see cref="LinePosition"/>s. A leading byte-order mark is removed; LF and CRLF line ends
/// are both recognised (a CR belongs to the line it ends).
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text. <paramref name="text"/> may start with a BOM (U+FEFF), which is dropped.</summary>
    /// <param name="path">The path shown in diagnostics, as the user gave it.</param>
    /// <param name="text">The file's characters.</param>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        _lineStarts = ComputeLineStarts(Text);
    }

    /// <summary>The path shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The file's characters, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Number of lines (an empty file has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Reads a UTF-8 file (with or without BOM).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SourceText FromFile(string path, string? displayPath = null) =>
        new(displayPath ?? path, File.ReadAllText(path, System.Text.Encoding.UTF8));

    /// <summary>The 1-based line and column of <paramref name="offset"/> (clamped into the text).</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>
    /// The offset of a 1-based <paramref name="position"/>, the inverse of <see cref="GetPosition"/>; a line or
    /// column past the end is clamped into the text.
    /// </summary>
    public int GetOffset(LinePosition position)
    {
        var line = Math.Clamp(position.Line, 1, _lineStarts.Length) - 1;
        return Math.Clamp(_lineStarts[line] + position.Column - 1, 0, Text.Length);
    }

    /// <summary>The text of 1-based <paramref name="line"/> without its line end.</summary>
    public string GetLineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text[start..end];
    }

    /// <summary>The characters covered by <paramref name="span"/>.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }
}
