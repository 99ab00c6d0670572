using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>met</c>: 100 when the target is met, else 0.</summary>
/// <param name="Span">Where it is.</param>
public sealed record MetScore(TextSpan Span) : ScoreRule(Span);
