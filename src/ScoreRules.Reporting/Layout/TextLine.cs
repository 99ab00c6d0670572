namespace ScoreRules.Reporting.Layout;

/// <summary>One line of a paragraph after line breaking.</summary>
/// <param name="Fragments">The styled pieces from left to right (none for an empty line).</param>
/// <param name="Width">Width of the line's text in points, without trailing spaces.</param>
internal sealed record TextLine(IReadOnlyList<TextFragment> Fragments, double Width)
{
    /// <summary>The line's text, all fragments joined.</summary>
    public string Text => string.Concat(Fragments.Select(f => f.Text));
}
