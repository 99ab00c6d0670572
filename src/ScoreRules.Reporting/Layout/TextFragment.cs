namespace ScoreRules.Reporting.Layout;

/// <summary>A piece of one laid-out line in one style, at an offset from the line's start.</summary>
/// <param name="Text">The text to draw.</param>
/// <param name="Style">Its style.</param>
/// <param name="X">Offset from the start of the line in points.</param>
/// <param name="Width">Advance width in points.</param>
internal readonly record struct TextFragment(string Text, TextStyle Style, double X, double Width);
