namespace ScoreRules.Reporting.Model;

/// <summary>
/// One rater's rating of a BARS item. The rater is named only by role (supervisor, peer…), never by id or
/// name, so a report shows no other person.
/// </summary>
/// <param name="Role">The rater's role.</param>
/// <param name="Level">The level given, e.g. "3".</param>
/// <param name="Situation">Evidence: the situation, or "".</param>
/// <param name="Behaviour">Evidence: the behaviour observed, or "".</param>
/// <param name="Impact">Evidence: its impact, or "".</param>
public sealed record EvidenceLine(string Role, string Level, string Situation, string Behaviour, string Impact);
