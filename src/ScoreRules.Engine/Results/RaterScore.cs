using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>One rater's rating of a BARS item, with the evidence given.</summary>
/// <param name="Rater">The rater.</param>
/// <param name="Role">The rater's role (supervisor, peer, …).</param>
/// <param name="Level">The level given.</param>
/// <param name="Situation">Evidence: the situation.</param>
/// <param name="Behaviour">Evidence: the behaviour observed.</param>
/// <param name="Impact">Evidence: its impact.</param>
public sealed record RaterScore(string Rater, string Role, decimal Level, string? Situation, string? Behaviour, string? Impact);
