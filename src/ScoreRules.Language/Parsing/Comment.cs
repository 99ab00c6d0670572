using ScoreRules.Language.Text;

namespace ScoreRules.Language.Parsing;

/// <summary>A <c>//</c> comment kept for the formatter.</summary>
/// <param name="Text">The comment including its leading <c>//</c>, without the line end.</param>
/// <param name="Span">Where it is.</param>
/// <param name="OwnLine">True when nothing but blanks precedes it on its line.</param>
public sealed record Comment(string Text, TextSpan Span, bool OwnLine);
