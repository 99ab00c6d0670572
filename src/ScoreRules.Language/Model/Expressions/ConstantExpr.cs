using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>
/// A literal value: <see cref="decimal"/> for numbers (percents already as ratios), <see cref="string"/>,
/// <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="TimeSpan"/> for durations, or null for <c>none</c>.
/// </summary>
/// <param name="Value">The value.</param>
/// <param name="IsPercent">True for a percent literal (shown as percent).</param>
/// <param name="Location">Where it is written.</param>
public sealed record ConstantExpr(object? Value, bool IsPercent, RuleLocation Location) : Expr(Location);
