using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>score …</c>: how a metric value becomes points 0..100.</summary>
/// <param name="Rule">The score rule.</param>
/// <param name="Span">Where it is.</param>
public sealed record ScoreItem(ScoreRule Rule, TextSpan Span) : Item(Span);
