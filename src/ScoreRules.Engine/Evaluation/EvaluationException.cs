using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// A rule could not be evaluated (e.g. text added to a number that the checker could not foresee).
/// Carries the location of the rule; the engine turns it into a diagnostic, never a crash.
/// </summary>
/// <param name="message">What went wrong, for an HR author.</param>
/// <param name="location">The rule's location.</param>
public sealed class EvaluationException(string message, RuleLocation location) : Exception(message)
{
    /// <summary>Where the failing rule is written.</summary>
    public RuleLocation Location { get; } = location;
}
