using ScoreRules.Language.Model;

namespace ScoreRules.Engine.CSharp;

/// <summary>One C# formula of a policy, as written in its rule file.</summary>
/// <param name="Kind">Value or score formula.</param>
/// <param name="OwnerId">The metric (or rated item) it belongs to.</param>
/// <param name="Code">The formula's text, escapes of the rule file resolved.</param>
/// <param name="CodeLocation">The quoted text in the rule file, quotes included.</param>
/// <param name="Sources">For value formulas, the ids of the sources it names (its parameters, in this order); empty for scores.</param>
internal sealed record CSharpFormula(FormulaKind Kind, string OwnerId, string Code, RuleLocation CodeLocation, IReadOnlyList<string> Sources)
{
    /// <summary>The generated method's name, e.g. <c>Score_frt</c> or <c>Value_weekend_share</c>.</summary>
    public string MethodName => (Kind == FormulaKind.Score ? "Score_" : "Value_") + OwnerId;

    /// <summary>How messages name it, e.g. "the score formula of `frt`".</summary>
    public string Description => Kind == FormulaKind.Score ? $"the C# score formula of `{OwnerId}`" : $"the C# value formula of metric `{OwnerId}`";

    /// <summary>
    /// The formulas of <paramref name="policy"/> in a stable order: each metric (declaration order) with its value
    /// formula, then its score formula; then the rated items' score formulas by id.
    /// </summary>
    public static IReadOnlyList<CSharpFormula> Of(PolicyModel policy)
    {
        var formulas = new List<CSharpFormula>();
        var sourceIds = policy.Sources.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var metric in policy.Metrics)
        {
            if (metric.CSharpValue is { } code)
                formulas.Add(new(FormulaKind.Value, metric.Id, code, metric.CSharpValueLocation ?? metric.Location,
                    FormulaSyntax.NamesUsed(code, sourceIds)));
            if (metric.Score is CSharpScoreModel score)
                formulas.Add(new(FormulaKind.Score, metric.Id, score.Code, LocationOf(score, metric.Location), []));
        }
        foreach (var item in policy.RatedItems.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            if (item.Score is CSharpScoreModel score)
                formulas.Add(new(FormulaKind.Score, item.Id, score.Code, LocationOf(score, item.Location), []));
        return [.. formulas.DistinctBy(f => f.MethodName)];
    }

    /// <summary>True when <paramref name="policy"/> has any C# formula (cheap: parses nothing).</summary>
    public static bool Any(PolicyModel policy) =>
        policy.Metrics.Any(m => m.CSharpValue is not null || m.Score is CSharpScoreModel)
        || policy.RatedItems.Values.Any(r => r.Score is CSharpScoreModel);

    private static RuleLocation LocationOf(CSharpScoreModel score, RuleLocation owner) =>
        score.CodeLocation == RuleLocation.None ? owner : score.CodeLocation;
}
