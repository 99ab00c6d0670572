namespace ScoreRules.Language.Model;

/// <summary>An item rated on a BARS scale by several raters with weights per rater role.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name.</param>
/// <param name="Description">What is rated.</param>
/// <param name="Scale">The scale's id.</param>
/// <param name="Source">The ratings source.</param>
/// <param name="Where">Which rows of the source rate this item, or null.</param>
/// <param name="Raters">Rater roles and their weights (ratios adding up to 1).</param>
/// <param name="MinRaters">How many raters are needed for a rating; fewer gives no data.</param>
/// <param name="Disagreement">Ratings further apart than this many levels are flagged, or null.</param>
/// <param name="Target">The target level, or null.</param>
/// <param name="Score">The score rule, or null for the default (level 1 → 0 … top level → 100, linear).</param>
/// <param name="Location">Where it is declared.</param>
public sealed record RatedModel(string Id, string Title, string? Description, string Scale, string Source, Expr? Where,
    IReadOnlyList<(string Role, decimal Weight)> Raters, int MinRaters, decimal? Disagreement, TargetModel? Target,
    ScoreRuleModel? Score, RuleLocation Location);
