using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A day or an inclusive range of days.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day, or null for a single day.</param>
/// <param name="Span">Where it is.</param>
public sealed record DateRange(DateOnly From, DateOnly? To, TextSpan Span) : SyntaxNode(Span);
