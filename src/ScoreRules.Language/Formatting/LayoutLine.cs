namespace ScoreRules.Language.Formatting;

/// <summary>
/// One output line before comments are woven in. Lines come in source order and cover disjoint
/// source ranges, so every comment falls either inside one line's range or between two lines.
/// </summary>
/// <param name="Depth">Nesting depth; indentation is two spaces per level.</param>
/// <param name="Text">The canonical text, without indentation.</param>
/// <param name="SourceStart">Offset of the first source character this line prints.</param>
/// <param name="SourceEnd">Offset just past the last source character this line prints.</param>
/// <param name="Role">What kind of line it is.</param>
internal sealed record LayoutLine(int Depth, string Text, int SourceStart, int SourceEnd, LineRole Role)
{
    /// <summary>True for the first line of a top-level declaration.</summary>
    public bool StartsDeclaration { get; init; }

    /// <summary>True for the last line of a top-level declaration.</summary>
    public bool EndsDeclaration { get; init; }

    /// <summary>The keyword of a one-line declaration (<c>import</c>, <c>alert</c>), else null.</summary>
    public string? OneLineKeyword { get; init; }
}
