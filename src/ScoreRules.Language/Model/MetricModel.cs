namespace ScoreRules.Language.Model;

/// <summary>A metric: how it is measured, its unit, target and score rule.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name (the id when none is given).</param>
/// <param name="Description">What it measures, for reports.</param>
/// <param name="Value">The value expression, or null when computed by <paramref name="CSharpValue"/>.</param>
/// <param name="CSharpValue">A C# value formula, or null.</param>
/// <param name="Unit">The unit as written (minutes, hours, percent, count, "/5", …), or null.</param>
/// <param name="AtField">The field that places a row in a period for this metric (overrides the source's), or null.</param>
/// <param name="Target">The target, or null.</param>
/// <param name="Score">The score rule; <see cref="MetScoreModel"/> when none is written and a target exists.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record MetricModel(string Id, string Title, string? Description, Expr? Value, string? CSharpValue, string? Unit,
    string? AtField, TargetModel? Target, ScoreRuleModel? Score, RuleLocation Location)
{
    /// <summary>The value formula as written in the rule file (for traces), or null.</summary>
    public string? Formula { get; init; }

    /// <summary>
    /// Where the quoted text of <see cref="CSharpValue"/> is in the rule file, quotes included, or null
    /// when the metric has no C# value formula.
    /// </summary>
    public RuleLocation? CSharpValueLocation { get; init; }
}
