namespace ScoreRules.Language.Model;

/// <summary>How a metric value becomes points 0..100: linear, bands, met or a C# formula.</summary>
public abstract record ScoreRuleModel;

/// <summary>Piecewise linear through <see cref="Points"/> (sorted by value), clamped to the first and last score outside.</summary>
/// <param name="Points">(value, score) pairs sorted by value.</param>
public sealed record LinearScoreModel(IReadOnlyList<(decimal Value, decimal Score)> Points) : ScoreRuleModel;

/// <summary>The first band whose comparison holds gives the score; a band with no operator is <c>else</c>.</summary>
/// <param name="Bands">The bands in order.</param>
public sealed record BandsScoreModel(IReadOnlyList<(Syntax.CompareOp? Operator, decimal Bound, decimal Score)> Bands) : ScoreRuleModel;

/// <summary>100 when the target is met, else 0.</summary>
public sealed record MetScoreModel : ScoreRuleModel;

/// <summary>A C# formula of <c>value</c> (only with --allow-csharp).</summary>
/// <param name="Code">The C# expression (or statements ending in <c>return</c>), escapes of the rule file resolved.</param>
public sealed record CSharpScoreModel(string Code) : ScoreRuleModel
{
    /// <summary>
    /// Where the formula's quoted text is in the rule file, quotes included (one line: strings cannot
    /// span lines); <see cref="RuleLocation.None"/> when unknown. Problems inside the formula are
    /// reported from here plus their offset.
    /// </summary>
    public RuleLocation CodeLocation { get; init; } = RuleLocation.None;
}
