namespace ScoreRules.Language.Model;

/// <summary>The SMART target of a metric: the value must satisfy <see cref="Operator"/> <see cref="Value"/>.</summary>
/// <param name="Operator">The comparison.</param>
/// <param name="Value">The target in the metric's unit (percents are ratios: 85 % is 0.85).</param>
/// <param name="Unit">The unit written after the target, or null.</param>
public sealed record TargetModel(Syntax.CompareOp Operator, decimal Value, string? Unit)
{
    /// <summary>True when higher values are better (<c>&gt;</c> or <c>&gt;=</c>).</summary>
    public bool HigherIsBetter => Operator is Syntax.CompareOp.Greater or Syntax.CompareOp.GreaterOrEqual;

    /// <summary>True when <paramref name="value"/> meets the target.</summary>
    public bool IsMet(decimal value) => Syntax.CompareOpExtensions.Holds(Operator, value, Value);
}
