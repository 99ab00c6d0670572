using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A day or day range with its working time ranges, e.g. <c>mon..fri 09:00-12:00, 13:00-18:00</c>.</summary>
/// <param name="FirstDay">First day (mon … sun).</param>
/// <param name="LastDay">Last day of the range, or null for a single day.</param>
/// <param name="Times">The time ranges, local time of the calendar's zone.</param>
/// <param name="Span">Where it is.</param>
public sealed record WorkingHours(Name FirstDay, Name? LastDay, SyntaxList<TimeRange> Times, TextSpan Span) : SyntaxNode(Span);
