using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// A number literal. A percent literal such as <c>85%</c> has <see cref="IsPercent"/> set and
/// <see cref="Value"/> 0.85: percents are ratios 0..1 inside the language.
/// </summary>
/// <param name="Value">The value; exact decimal so weights such as 12.5 % add up exactly.</param>
/// <param name="IsPercent">True when written with <c>%</c>.</param>
/// <param name="Span">Where it is.</param>
public sealed record NumberExpression(decimal Value, bool IsPercent, TextSpan Span) : Expression(Span);
