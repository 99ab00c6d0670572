namespace ScoreRules.Language.Model;

/// <summary>
/// One policy version, fully resolved: imports merged, names bound, <c>extends</c> applied. It is what
/// the engine evaluates; it holds no syntax nodes.
/// </summary>
/// <param name="Title">The policy's name.</param>
/// <param name="Version">The version label, e.g. 2026-Q1.</param>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveTo">Last day in force (included).</param>
/// <param name="Period">The appraisal period.</param>
/// <param name="TimeZone">IANA zone of periods.</param>
/// <param name="Description">What the policy is for, or null.</param>
/// <param name="Grades">Grades, best first.</param>
/// <param name="Calendars">Business calendars by id.</param>
/// <param name="Sources">Data sources by id.</param>
/// <param name="Metrics">Metrics by id, in declaration order.</param>
/// <param name="Scales">BARS scales by id.</param>
/// <param name="RatedItems">Rated items by id.</param>
/// <param name="Bonuses">Bonus items by id.</param>
/// <param name="Scorecards">Scorecards in declaration order (the first whose <c>for</c> holds is a person's).</param>
/// <param name="Improvements">PDCA items.</param>
/// <param name="Alerts">Alerts.</param>
/// <param name="Tests">Built-in tests.</param>
/// <param name="Files">The rule files this version was built from.</param>
/// <param name="ContentHash">SHA-256 (hex, lower case) over each rule file's name and text (LF line ends) in path order: identifies exactly which rules produced a result.</param>
public sealed record PolicyModel(string Title, string Version, DateOnly EffectiveFrom, DateOnly EffectiveTo, PeriodKind Period,
    string TimeZone, string? Description, IReadOnlyList<GradeModel> Grades,
    IReadOnlyDictionary<string, CalendarModel> Calendars, IReadOnlyDictionary<string, SourceModel> Sources,
    IReadOnlyList<MetricModel> Metrics, IReadOnlyDictionary<string, ScaleModel> Scales,
    IReadOnlyDictionary<string, RatedModel> RatedItems, IReadOnlyDictionary<string, BonusModel> Bonuses,
    IReadOnlyList<ScorecardModel> Scorecards, IReadOnlyList<ImproveModel> Improvements, IReadOnlyList<AlertModel> Alerts,
    IReadOnlyList<TestModel> Tests, IReadOnlyList<string> Files, string ContentHash)
{
    /// <summary>The name every policy may use for its people list.</summary>
    public const string DefaultPeopleSource = "people";

    /// <summary>
    /// The id of the source that lists people (one row per person, giving the fields a scorecard's
    /// <c>for</c> tests), or null when there is none: the source called <c>people</c> when declared, else
    /// the first declared source without <c>at</c> that has a field the scorecards' <c>for</c> conditions read.
    /// </summary>
    public string? PeopleSource => PeopleSourceRule.Pick(Sources.Values, Scorecards.Select(c => c.For));

    /// <summary>The metric called <paramref name="id"/>, or null.</summary>
    public MetricModel? Metric(string id) => Metrics.FirstOrDefault(m => m.Id == id);

    /// <summary>The grade for <paramref name="total"/> points: the first whose minimum it reaches, else the fallback.</summary>
    public GradeModel? GradeFor(decimal total) => Grades.FirstOrDefault(g => g.Minimum is null || total >= g.Minimum);
}
