using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary><c>hours mon..fri 09:00-12:00, 13:00-18:00</c>: the weekly working hours of a calendar.</summary>
/// <param name="Groups">Day ranges with their time ranges.</param>
/// <param name="Span">Where it is.</param>
public sealed record HoursItem(SyntaxList<WorkingHours> Groups, TextSpan Span) : Item(Span);
