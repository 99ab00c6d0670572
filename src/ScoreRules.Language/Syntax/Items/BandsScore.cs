using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>bands { &lt; 30 -&gt; 100, &lt; 45 -&gt; 80, else -&gt; 0 }</c>: the first band that holds gives the score.</summary>
/// <param name="Bands">The bands, in order.</param>
/// <param name="Span">Where it is.</param>
public sealed record BandsScore(SyntaxList<ScoreBand> Bands, TextSpan Span) : ScoreRule(Span);
