using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking;

/// <summary>
/// The names declared in one policy version, by namespace. Metrics, rated items and bonuses share
/// one namespace (they are all results a person gets: <c>alice.csat</c>, <c>alice.innovation</c>);
/// calendars, sources, scales and scorecards each have their own.
/// </summary>
internal sealed class SymbolTable
{
    /// <summary>Calendars by name.</summary>
    public Dictionary<string, Located<CalendarDeclaration>> Calendars { get; } = new(StringComparer.Ordinal);

    /// <summary>Sources by name.</summary>
    public Dictionary<string, SourceInfo> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Metrics, rated items and bonuses by name.</summary>
    public Dictionary<string, Located<NamedDeclaration>> Measures { get; } = new(StringComparer.Ordinal);

    /// <summary>BARS scales by name.</summary>
    public Dictionary<string, Located<ScaleDeclaration>> Scales { get; } = new(StringComparer.Ordinal);

    /// <summary>Scorecards by name.</summary>
    public Dictionary<string, Located<ScorecardDeclaration>> Scorecards { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of metrics and rated items (what a dimension may weigh).</summary>
    public IEnumerable<string> Scorable => Measures.Where(m => m.Value.Node is not BonusDeclaration).Select(m => m.Key);

    /// <summary>Names of bonuses.</summary>
    public IEnumerable<string> Bonuses => Measures.Where(m => m.Value.Node is BonusDeclaration).Select(m => m.Key);

    /// <summary>Sources without <c>at</c>: lists of people whose fields a scorecard's <c>for</c> may test.</summary>
    public IEnumerable<SourceInfo> Rosters => Sources.Values.Where(s => !s.HasAt);
}
