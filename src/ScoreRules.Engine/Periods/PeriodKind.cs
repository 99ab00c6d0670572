namespace ScoreRules.Engine.Periods;

/// <summary>Length of an appraisal period, as set by a policy's <c>period</c> item.</summary>
public enum PeriodKind
{
    /// <summary>An ISO 8601 week, Monday to Sunday, written <c>2026-W01</c>.</summary>
    Week = 1,

    /// <summary>A calendar month, written <c>2026-03</c>.</summary>
    Month = 2,

    /// <summary>A calendar quarter (Q1 = January to March), written <c>2026-Q1</c>.</summary>
    Quarter = 3,

    /// <summary>A calendar year, written <c>2026</c>.</summary>
    Year = 4,
}
