namespace ScoreRules.Engine.Sampling;

/// <summary>A scorecard as the generator staffs it.</summary>
/// <param name="Id">The scorecard id.</param>
/// <param name="PeopleValues">People-file columns and the values its <c>for</c> condition requires (e.g. role = tier1).</param>
/// <param name="IsTeam">True when all its metrics read team sources (rows given to a manager), so its people are managers.</param>
internal sealed record CardPlan(string Id, IReadOnlyList<(string Column, object Value)> PeopleValues, bool IsTeam);
