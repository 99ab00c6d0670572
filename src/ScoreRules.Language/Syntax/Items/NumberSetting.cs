using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A keyword followed by a number: <c>max 5</c>, <c>min raters 2</c>, <c>flag disagreement &gt; 1</c>.</summary>
/// <param name="Keyword">The keyword as written (<c>max</c>, <c>min raters</c>, <c>flag disagreement &gt;</c>).</param>
/// <param name="Value">The number.</param>
/// <param name="Span">Where it is.</param>
public sealed record NumberSetting(string Keyword, NumberExpression Value, TextSpan Span) : Item(Span);
