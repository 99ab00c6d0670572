using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Coverage;

/// <summary>Gathers the rules of a policy's versions and marks those a test's results show were exercised.</summary>
internal sealed class CoverageCollector
{
    private readonly Dictionary<string, CoverageItem> _items = new(StringComparer.Ordinal);

    /// <summary>Adds the items of <paramref name="version"/> (items of shared files are added once).</summary>
    public void AddItems(PolicyModel version)
    {
        foreach (var card in version.Scorecards) Add(CoverageKind.Scorecard, card.Id, card.Location);
        foreach (var metric in MetricsOf(version))
        {
            Add(CoverageKind.Metric, metric.Id, metric.Location);
            if (metric.Score is BandsScoreModel bands) AddBands(metric.Id, bands, metric.Location);
        }
        foreach (var rated in version.RatedItems.Values)
        {
            Add(CoverageKind.Rated, rated.Id, rated.Location);
            if (rated.Score is BandsScoreModel bands) AddBands(rated.Id, bands, rated.Location);
        }
        foreach (var id in version.Scorecards.SelectMany(c => c.Bonuses).Distinct())
            if (version.Bonuses.TryGetValue(id, out var bonus)) Add(CoverageKind.BonusCap, CapName(bonus), bonus.Location);
        foreach (var rule in version.Improvements) Add(CoverageKind.Improve, rule.Metric, rule.Location);
        foreach (var alert in version.Alerts) Add(CoverageKind.Alert, alert.Id, alert.Location);
    }

    /// <summary>Marks what <paramref name="result"/> (evaluated with <paramref name="version"/>) exercised.</summary>
    public void Record(PolicyModel version, EvaluationResult result)
    {
        foreach (var person in result.People)
        {
            if (version.Scorecards.FirstOrDefault(c => c.Id == person.Scorecard) is { } card) Hit(CoverageKind.Scorecard, card.Id, card.Location);
            foreach (var m in person.Metrics)
            {
                if (m.Status != ValueStatus.Ok || m.Value is not { } value || version.Metric(m.Id) is not { } metric) continue;
                Hit(CoverageKind.Metric, metric.Id, metric.Location);
                if (metric.Score is BandsScoreModel bands) HitBand(metric.Id, bands, value, metric.Location);
            }
            foreach (var r in person.Rated)
            {
                if (r.Level is not { } level || !version.RatedItems.TryGetValue(r.Id, out var rated)) continue;
                Hit(CoverageKind.Rated, rated.Id, rated.Location);
                if (rated.Score is BandsScoreModel bands) HitBand(rated.Id, bands, level, rated.Location);
            }
            foreach (var b in person.Bonuses)
                if (b.Earned > b.Max && version.Bonuses.TryGetValue(b.Id, out var bonus)) Hit(CoverageKind.BonusCap, CapName(bonus), bonus.Location);
            foreach (var a in person.Alerts) Hit(CoverageKind.Alert, a.Id, a.Location);
            // A fired item names its metric but not its rule; items come in rule order, so walk both lists together.
            var next = 0;
            foreach (var rule in version.Improvements)
            {
                if (next < person.Improvements.Count && person.Improvements[next].Metric == rule.Metric)
                {
                    Hit(CoverageKind.Improve, rule.Metric, rule.Location);
                    next++;
                }
            }
        }
    }

    /// <summary>The report: items grouped by file (ordered by path), each file's items by line, column and name.</summary>
    public CoverageReport Report() => new(_items.Values
        .GroupBy(i => i.Path, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new FileCoverage(g.Key, g.OrderBy(i => i.Line).ThenBy(i => i.Column).ThenBy(i => i.Kind)
            .ThenBy(i => i.Name, StringComparer.Ordinal).ToList()))
        .ToList());

    /// <summary>The metrics a version's results hold: those its scorecards weigh and those its improve rules watch.</summary>
    public static IEnumerable<MetricModel> MetricsOf(PolicyModel version) => version.Scorecards
        .SelectMany(c => c.Dimensions.SelectMany(d => d.Weights.Select(w => w.Metric)))
        .Concat(version.Improvements.Select(i => i.Metric))
        .Distinct(StringComparer.Ordinal)
        .Select(version.Metric)
        .OfType<MetricModel>();

    private static string CapName(BonusModel bonus) => $"{bonus.Id}: max {TestValues.Number(bonus.Max)}";

    private static string BandName(string id, BandsScoreModel bands, int index)
    {
        var (op, bound, score) = bands.Bands[index];
        var test = op is { } o ? $"{o.ToSymbol()} {TestValues.Number(bound)}" : "else";
        return $"{id} band {index + 1}: {test} -> {TestValues.Number(score)}";
    }

    private void AddBands(string id, BandsScoreModel bands, RuleLocation location)
    {
        for (var i = 0; i < bands.Bands.Count; i++) Add(CoverageKind.Band, BandName(id, bands, i), location);
    }

    private void HitBand(string id, BandsScoreModel bands, decimal value, RuleLocation location)
    {
        if (ScoreFunctions.BandIndex(bands.Bands, value) is var i and >= 0) Hit(CoverageKind.Band, BandName(id, bands, i), location);
    }

    private static string Key(CoverageKind kind, string name, RuleLocation at) => $"{kind}|{at}|{name}";

    private void Add(CoverageKind kind, string name, RuleLocation at) =>
        _items.TryAdd(Key(kind, name, at), new CoverageItem(kind, name, at.Path, at.Line, at.Column, false));

    private void Hit(CoverageKind kind, string name, RuleLocation at)
    {
        if (_items.TryGetValue(Key(kind, name, at), out var item)) _items[Key(kind, name, at)] = item with { Exercised = true };
    }
}
