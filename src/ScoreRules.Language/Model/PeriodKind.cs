namespace ScoreRules.Language.Model;

/// <summary>The length of an appraisal period. Periods are calendar periods in the policy's time zone. 0 is no kind (an unset value).</summary>
public enum PeriodKind
{
    /// <summary>An ISO 8601 week, Monday to Sunday (e.g. 2026-W05).</summary>
    Week = 1,
    /// <summary>A calendar month (e.g. 2026-03).</summary>
    Month = 2,
    /// <summary>A calendar quarter (e.g. 2026-Q1).</summary>
    Quarter = 3,
    /// <summary>A calendar year (e.g. 2026).</summary>
    Year = 4,
}
