namespace ScoreRules.Engine.Diffing;

/// <summary>What a policy change does to one period's results: both versions evaluated on the same data.</summary>
/// <param name="Period">The period evaluated, e.g. 2026-03.</param>
/// <param name="DataFolder">The data folder as the user named it.</param>
/// <param name="FromVersion">The older version's label.</param>
/// <param name="ToVersion">The newer version's label.</param>
/// <param name="IgnoresEffectiveRange">True when each version was evaluated on the period whatever its effective
/// range (comparing two labelled versions); false when each side used the version in force for the period.</param>
/// <param name="People">One entry per person, largest |change| of the total first, then by id; people without a
/// total on either side last.</param>
/// <param name="Summary">Counts, mean and largest change, grade distribution.</param>
public sealed record ImpactReport(string Period, string DataFolder, string FromVersion, string ToVersion, bool IgnoresEffectiveRange,
    IReadOnlyList<PersonImpact> People, ImpactSummary Summary);
