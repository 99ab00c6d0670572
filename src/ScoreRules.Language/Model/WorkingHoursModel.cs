namespace ScoreRules.Language.Model;

/// <summary>One working time range on one weekday, local time of the calendar's zone.</summary>
/// <param name="Day">The weekday.</param>
/// <param name="Start">Start, included.</param>
/// <param name="End">End, excluded; <see cref="TimeOnly.MinValue"/> here never means midnight at the end of the day — see <see cref="EndsAtMidnight"/>.</param>
/// <param name="EndsAtMidnight">True when written as <c>24:00</c>.</param>
public sealed record WorkingHoursModel(DayOfWeek Day, TimeOnly Start, TimeOnly End, bool EndsAtMidnight = false);
