using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>raters supervisor 60%, peer 40%</c>: rater roles and their weights.</summary>
/// <param name="Raters">The roles with weights.</param>
/// <param name="Span">Where it is.</param>
public sealed record RatersItem(SyntaxList<RaterWeight> Raters, TextSpan Span) : Item(Span);
