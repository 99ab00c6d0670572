namespace ScoreRules.Language.Text;

/// <summary>
/// A range of characters in a <see cref="SourceText"/>: a 0-based <see cref="Start"/> offset in UTF-16
/// code units and a <see cref="Length"/>. Lines and columns are computed from it only for display.
/// </summary>
/// <param name="Start">0-based offset of the first character.</param>
/// <param name="Length">Number of UTF-16 code units covered; 0 for an insertion point.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Builds the span from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The smallest span covering both spans.</summary>
    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
