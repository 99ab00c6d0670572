using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>do "…" within 30 days owner supervisor</c>: the Do step of a PDCA plan.</summary>
/// <param name="Action">What is to be done (a Scriban template).</param>
/// <param name="Within">How long after the period's end it is due, or null.</param>
/// <param name="Owner">Who owns it, or null.</param>
/// <param name="Span">Where it is.</param>
public sealed record DoItem(StringLiteral Action, DurationExpression? Within, Name? Owner, TextSpan Span) : Item(Span);
