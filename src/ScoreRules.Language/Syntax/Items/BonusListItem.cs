using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>bonus innovation, mentoring</c> inside a scorecard: the bonus items it adds after the weighted total.</summary>
/// <param name="Bonuses">The bonus names.</param>
/// <param name="Span">Where it is.</param>
public sealed record BonusListItem(SyntaxList<Name> Bonuses, TextSpan Span) : Item(Span);
