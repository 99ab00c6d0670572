namespace ScoreRules.Language.Model;

/// <summary>An alert raised when its condition holds; <c>change(metric)</c> compares with the previous period.</summary>
/// <param name="Id">Its name (generated from its position when none is written).</param>
/// <param name="Message">The message.</param>
/// <param name="When">The condition.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record AlertModel(string Id, string Message, Expr When, RuleLocation Location);
