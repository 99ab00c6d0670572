namespace ScoreRules.Engine.Diffing;

/// <summary>One person's result under the older and the newer policy version, on the same data and period.</summary>
/// <param name="Person">The person id.</param>
/// <param name="Name">The display name from the people source, or null.</param>
/// <param name="ScorecardBefore">The scorecard that applied under the older version, or null.</param>
/// <param name="ScorecardAfter">The scorecard that applied under the newer version, or null.</param>
/// <param name="TotalBefore">Total points under the older version (unrounded), or null (no data, no scorecard, error).</param>
/// <param name="TotalAfter">Total points under the newer version (unrounded), or null.</param>
/// <param name="GradeBefore">The grade under the older version, or null.</param>
/// <param name="GradeAfter">The grade under the newer version, or null.</param>
/// <param name="Drivers">Every item whose contribution changed, largest |change| first (ties by kind, then id):
/// what explains the change of the total.</param>
/// <param name="ErrorBefore">Why the person could not be scored under the older version, or null.</param>
/// <param name="ErrorAfter">Why the person could not be scored under the newer version, or null.</param>
public sealed record PersonImpact(string Person, string? Name, string? ScorecardBefore, string? ScorecardAfter,
    decimal? TotalBefore, decimal? TotalAfter, string? GradeBefore, string? GradeAfter,
    IReadOnlyList<ContributionChange> Drivers, string? ErrorBefore, string? ErrorAfter)
{
    /// <summary>Change of the total in points (newer − older, unrounded), or null when either total is missing.</summary>
    public decimal? Delta => TotalBefore is { } a && TotalAfter is { } b ? b - a : null;

    /// <summary>True when the grade differs (a grade appearing or disappearing counts as a change).</summary>
    public bool GradeChanged => !string.Equals(GradeBefore, GradeAfter, StringComparison.Ordinal);
}
