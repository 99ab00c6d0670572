using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>A bonus item of one person.</summary>
/// <param name="Id">The bonus id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Earned">Points earned before the cap.</param>
/// <param name="Points">Points added to the total (capped at the maximum).</param>
/// <param name="Max">The cap.</param>
public sealed record BonusResult(string Id, string Name, decimal Earned, decimal Points, decimal Max);
