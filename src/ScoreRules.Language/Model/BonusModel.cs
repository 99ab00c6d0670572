namespace ScoreRules.Language.Model;

/// <summary>A bonus item: points added after the weighted total, capped at <see cref="Max"/>.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name.</param>
/// <param name="Description">What earns it.</param>
/// <param name="Value">The points expression.</param>
/// <param name="Max">The cap in points.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record BonusModel(string Id, string Title, string? Description, Expr Value, decimal Max, RuleLocation Location);
