namespace ScoreRules.Language.Model;

/// <summary>A role-specific scorecard, with <c>extends</c> already applied.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name.</param>
/// <param name="For">Which people it applies to (an expression over the people source), or null for everyone.</param>
/// <param name="Dimensions">Its dimensions, each with metric weights (ratios; all weights add up to 1).</param>
/// <param name="Bonuses">Bonus item ids added after the weighted total.</param>
/// <param name="Missing">What happens to a metric without data.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record ScorecardModel(string Id, string Title, Expr? For, IReadOnlyList<DimensionModel> Dimensions,
    IReadOnlyList<string> Bonuses, MissingPolicy Missing, RuleLocation Location);

/// <summary>A dimension of a scorecard (customer, operations, growth …).</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name.</param>
/// <param name="Weights">Metric (or rated item) ids with their weights in the scorecard total, ratios 0..1.</param>
public sealed record DimensionModel(string Id, string Title, IReadOnlyList<(string Metric, decimal Weight)> Weights);
