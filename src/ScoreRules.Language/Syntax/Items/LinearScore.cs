using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>linear { 3.5 -&gt; 0, 4.5 -&gt; 100 }</c>: piecewise linear through the points, clamped outside.</summary>
/// <param name="Points">The points, in the order written.</param>
/// <param name="Span">Where it is.</param>
public sealed record LinearScore(SyntaxList<LinearPoint> Points, TextSpan Span) : ScoreRule(Span);
