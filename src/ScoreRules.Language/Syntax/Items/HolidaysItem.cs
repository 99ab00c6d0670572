using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>holidays 2026-01-01, 2026-02-16 .. 2026-02-20</c>.</summary>
/// <param name="Days">Single days and ranges.</param>
/// <param name="Span">Where it is.</param>
public sealed record HolidaysItem(SyntaxList<DateRange> Days, TextSpan Span) : Item(Span);
