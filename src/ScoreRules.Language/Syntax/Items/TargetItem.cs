using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>target &gt;= 85%</c>, <c>target &lt; 30 minutes</c>: the SMART target of a metric.</summary>
/// <param name="Operator">The comparison the value must satisfy.</param>
/// <param name="Value">The target value (percents are ratios: 85% is 0.85).</param>
/// <param name="Unit">An optional unit word written after the number.</param>
/// <param name="Span">Where it is.</param>
public sealed record TargetItem(CompareOp Operator, NumberExpression Value, Name? Unit, TextSpan Span) : Item(Span);
