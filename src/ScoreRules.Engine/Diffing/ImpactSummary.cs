namespace ScoreRules.Engine.Diffing;

/// <summary>The impact of a policy change in a few numbers.</summary>
/// <param name="People">People evaluated (under either version).</param>
/// <param name="GradeChanges">People whose grade changes.</param>
/// <param name="TotalChanges">People whose total changes (by any amount, before rounding).</param>
/// <param name="MeanDelta">Mean change of the total in points over the people with a total under both versions, or null when there are none.</param>
/// <param name="Largest">The person with the largest |change| of the total (ties: the first by id), or null.</param>
/// <param name="Grades">People per grade before and after, in the newer version's grade order, then grades only the older one has.</param>
public sealed record ImpactSummary(int People, int GradeChanges, int TotalChanges, decimal? MeanDelta, PersonImpact? Largest,
    IReadOnlyList<GradeCount> Grades);
