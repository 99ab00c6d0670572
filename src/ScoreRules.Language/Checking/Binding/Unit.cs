namespace ScoreRules.Language.Checking.Binding;

/// <summary>The kinds of unit the checker compares.</summary>
internal enum UnitKind
{
    /// <summary>A plain number literal: fits any unit.</summary>
    Plain,
    /// <summary>Not known (data of its own scale, e.g. a 1–5 answer): not checked.</summary>
    Unknown,
    /// <summary>Minutes.</summary>
    Minutes,
    /// <summary>Hours.</summary>
    Hours,
    /// <summary>Days.</summary>
    Days,
    /// <summary>Weeks.</summary>
    Weeks,
    /// <summary>A ratio 0..1, shown as percent (share, ratio, <c>85%</c>, <c>unit percent</c>).</summary>
    Ratio,
    /// <summary>A count of rows or things.</summary>
    Count,
    /// <summary>A unit given as free text (<c>"/5"</c>) or <c>points</c>: not compared.</summary>
    Other,
}

/// <summary>A unit with where the checker got it from, e.g. (Hours, "work_hours gives hours").</summary>
/// <param name="Kind">The unit.</param>
/// <param name="Origin">Why the checker thinks so, for messages; null for plain and unknown.</param>
internal readonly record struct Unit(UnitKind Kind, string? Origin = null)
{
    /// <summary>A plain number.</summary>
    public static Unit Plain => new(UnitKind.Plain);

    /// <summary>Not known.</summary>
    public static Unit Unknown => new(UnitKind.Unknown);

    /// <summary>True for minutes, hours, days and weeks.</summary>
    public bool IsTime => Kind is UnitKind.Minutes or UnitKind.Hours or UnitKind.Days or UnitKind.Weeks;

    /// <summary>True for the kinds the checker compares (time, ratio, count).</summary>
    public bool IsComparable => IsTime || Kind is UnitKind.Ratio or UnitKind.Count;

    /// <summary>Minutes in one unit of a time kind (a day is 24 hours, as for duration literals).</summary>
    public decimal MinutesPerUnit => Kind switch
    {
        UnitKind.Minutes => 1m,
        UnitKind.Hours => 60m,
        UnitKind.Days => 1440m,
        _ => 10080m,
    };

    /// <summary>"minutes", "a ratio (0–1, shown as percent)", "a count" …</summary>
    public string Describe() => Kind switch
    {
        UnitKind.Minutes => "minutes",
        UnitKind.Hours => "hours",
        UnitKind.Days => "days",
        UnitKind.Weeks => "weeks",
        UnitKind.Ratio => "a ratio (0–1, shown as percent)",
        UnitKind.Count => "a count",
        _ => "a plain number",
    };

    /// <summary>The unit word written after a target number: minutes, hours, days, weeks, percent, count.</summary>
    public string Word() => Kind switch
    {
        UnitKind.Minutes => "minutes",
        UnitKind.Hours => "hours",
        UnitKind.Days => "days",
        UnitKind.Weeks => "weeks",
        UnitKind.Ratio => "percent",
        UnitKind.Count => "count",
        _ => "",
    };

    /// <summary>True when two known units cannot describe the same quantity.</summary>
    public static bool Conflict(Unit a, Unit b) => a.IsComparable && b.IsComparable && a.Kind != b.Kind;

    /// <summary>The unit a word stands for (<c>unit minutes</c>, <c>target &lt; 30 minutes</c>), or null for an unknown word.</summary>
    public static Unit? FromWord(string word, string origin) => word switch
    {
        "minute" or "minutes" => new Unit(UnitKind.Minutes, origin),
        "hour" or "hours" => new Unit(UnitKind.Hours, origin),
        "day" or "days" => new Unit(UnitKind.Days, origin),
        "week" or "weeks" => new Unit(UnitKind.Weeks, origin),
        "percent" => new Unit(UnitKind.Ratio, origin),
        "count" => new Unit(UnitKind.Count, origin),
        "points" or "per_year" => new Unit(UnitKind.Other, origin),
        _ => null,
    };

    /// <summary>The unit words a metric's <c>unit</c> may use without quotes.</summary>
    public static readonly string[] Words = ["minutes", "hours", "days", "weeks", "percent", "count", "points", "minute", "hour", "day", "week", "per_year"];
}
