namespace ScoreRules.Language.Model;

/// <summary>A business calendar: weekly working hours, holidays and the zone they are in.</summary>
/// <param name="Id">Its name.</param>
/// <param name="Title">Its display name.</param>
/// <param name="TimeZone">IANA zone id; the policy's zone when the calendar names none.</param>
/// <param name="Hours">Working time ranges per weekday.</param>
/// <param name="Holidays">Holidays as inclusive date ranges (a single day has From == To).</param>
/// <param name="Location">Where it is declared.</param>
public sealed record CalendarModel(string Id, string Title, string TimeZone, IReadOnlyList<WorkingHoursModel> Hours,
    IReadOnlyList<(DateOnly From, DateOnly To)> Holidays, RuleLocation Location);
