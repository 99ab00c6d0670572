using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>One dimension of a person's scorecard.</summary>
/// <param name="Id">The dimension id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Score">Weighted mean score of its metrics with data (0..100), or null when none has data.</param>
/// <param name="Weight">Its share of the scorecard as written (sum of its metric weights, ratio).</param>
/// <param name="Contribution">Points it contributes to the total (sum of its metrics' contributions).</param>
public sealed record DimensionResult(string Id, string Name, decimal? Score, decimal Weight, decimal? Contribution);
