using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>Base of bound expressions: the engine evaluates these, never syntax nodes.</summary>
/// <param name="Location">Where the expression is written.</param>
public abstract record Expr(RuleLocation Location);
