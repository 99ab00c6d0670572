namespace ScoreRules.Reporting.Model;

/// <summary>A bonus item of a person.</summary>
/// <param name="Name">Its display name.</param>
/// <param name="Earned">Points earned before the cap, one decimal.</param>
/// <param name="Points">Points added to the total (after the cap; the same rounding as the metrics table's contributions).</param>
/// <param name="Max">The cap, one decimal.</param>
public sealed record BonusLine(string Name, string Earned, string Points, string Max);
