using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>An alert raised for one person.</summary>
/// <param name="Id">The alert id.</param>
/// <param name="Message">The message.</param>
/// <param name="Location">Where the alert rule is written.</param>
public sealed record AlertResult(string Id, string Message, RuleLocation Location);
