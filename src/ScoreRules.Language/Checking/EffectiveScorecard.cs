using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking;

/// <summary>
/// A scorecard with what it inherits: the parent's dimensions (recursively), where a dimension of
/// the child with the same id replaces the parent's, in the parent's order, then the child's new ones.
/// </summary>
/// <param name="Card">The scorecard.</param>
/// <param name="Dimensions">Its dimensions after inheritance, each with the file it is written in.</param>
/// <param name="Bonuses">Its bonus names after inheritance.</param>
internal sealed record EffectiveScorecard(Located<ScorecardDeclaration> Card, IReadOnlyList<Located<DimensionItem>> Dimensions, IReadOnlyList<Located<Name>> Bonuses);
