using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>09:00-12:00</c>: a range of local time of day, start included, end excluded.</summary>
/// <param name="Start">Start time.</param>
/// <param name="End">End time.</param>
/// <param name="Span">Where it is.</param>
public sealed record TimeRange(TimeOnly Start, TimeOnly End, TextSpan Span) : SyntaxNode(Span);
