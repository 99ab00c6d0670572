using System.Globalization;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Results;

namespace ScoreRules.Reporting.Model;

/// <summary>
/// Turns evaluation results into <see cref="PersonReport"/> and <see cref="TeamSummary"/>. Every number
/// is formatted by <see cref="ValueFormatter"/>; contributions are rounded with
/// <see cref="DisplayRounding.LargestRemainder"/> so the rows add up to the total shown.
/// </summary>
public static class ReportModelBuilder
{
    private const string None = "—";

    /// <summary>The report of <paramref name="person"/>, one of <c>sources.Result.People</c>.</summary>
    /// <param name="sources">The period's results, history, data files and rules commit.</param>
    /// <param name="person">The person's result.</param>
    public static PersonReport Person(ReportSources sources, PersonResult person)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(person);
        var policy = sources.Policy;
        var labels = ReportLabels.For(policy.Title);
        var noData = labels["no_data"];

        // Parts of the total, in table order: weighted metrics, weighted BARS items, bonus items.
        var weightedMetrics = person.Metrics.Where(m => m.Contribution is not null && m.Weight > 0).ToList();
        var weightedRated = person.Rated.Where(r => r.Contribution is not null && r.Weight > 0).ToList();
        var parts = weightedMetrics.Select(m => m.Contribution!.Value)
            .Concat(weightedRated.Select(r => r.Contribution!.Value))
            .Concat(person.Bonuses.Select(b => b.Points)).ToList();
        var rounded = person.Total is { } total
            ? DisplayRounding.LargestRemainder(parts, 1, total)
            : parts.Select(p => Math.Round(p, 1, MidpointRounding.AwayFromZero)).ToList();
        var shown = new Dictionary<object, decimal>(ReferenceEqualityComparer.Instance);
        var k = 0;
        foreach (var m in weightedMetrics) shown[m] = rounded[k++];
        foreach (var r in weightedRated) shown[r] = rounded[k++];
        foreach (var b in person.Bonuses) shown[b] = rounded[k++];

        var metrics = person.Metrics.Select(m => new MetricLine(
            m.Id,
            m.Name,
            m.Status == ValueStatus.Ok ? ValueFormatter.Format(m.Value, m.Unit) : noData,
            m.Unit ?? "",
            m.Target is { } target ? ValueFormatter.Target(target, m.Unit) : None,
            m.Met is { } met ? labels[met ? "yes" : "no"] : None,
            ValueFormatter.Points(m.Score),
            Chart(m.Score),
            m.Weight > 0 ? ValueFormatter.Weight(m.Weight) : None,
            shown.TryGetValue(m, out var c) ? ValueFormatter.Points(c) : None,
            m.Weight > 0)).ToList();

        var rated = person.Rated.Select(r => new RatedLine(
            r.Name,
            r.Level is { } level ? ValueFormatter.Number(level, 2) : noData,
            r.Anchor ?? "",
            ValueFormatter.Points(r.Score),
            r.Disagreement,
            r.Raters.Select(Evidence).ToList(),
            r.Weight > 0,
            r.Weight > 0 ? ValueFormatter.Weight(r.Weight) : None,
            shown.TryGetValue(r, out var rc) ? ValueFormatter.Points(rc) : None))
            .ToList();

        var bonuses = person.Bonuses.Select(b => new BonusLine(b.Name, ValueFormatter.Points(b.Earned),
            ValueFormatter.Points(shown.TryGetValue(b, out var p) ? p : b.Points), ValueFormatter.Points(b.Max))).ToList();
        var bonusTotal = person.Bonuses.Sum(b => shown.TryGetValue(b, out var p) ? p : 0m);

        var metricNames = person.Metrics.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        string MetricName(string? id) => id is null ? "" : metricNames.GetValueOrDefault(id) ?? policy.Metric(id)?.Title ?? id;

        return new PersonReport
        {
            Person = person.Person,
            Name = person.Name ?? person.Person,
            Role = person.Role ?? "",
            Scorecard = person.Scorecard is { } card ? policy.Scorecards.FirstOrDefault(s => s.Id == card)?.Title ?? card : "",
            Period = sources.Result.Period,
            PolicyTitle = policy.Title,
            PolicyVersion = policy.Version,
            ContentHash = policy.ContentHash,
            RulesCommit = sources.RulesCommit,
            DataFiles = sources.DataFiles,
            Total = ValueFormatter.Points(person.Total),
            Grade = person.Grade ?? None,
            GradeLabel = GradeLabel(sources, person.Grade),
            Error = person.Error ?? "",
            PassMark = policy.Grades.LastOrDefault(g => g.Minimum is not null)?.Minimum is { } pass ? ValueFormatter.Number(pass, 1) : null,
            Dimensions = person.Dimensions.Select(d => new DimensionLine(d.Name, ValueFormatter.Points(d.Score), Chart(d.Score),
                ValueFormatter.Weight(d.Weight))).ToList(),
            Metrics = metrics,
            Trend = Trend(sources, person, noData),
            Rated = rated,
            Bonuses = bonuses,
            BonusTotal = ValueFormatter.Points(bonusTotal),
            Alerts = person.Alerts.Select(a => new AlertLine(a.Id, a.Message)).ToList(),
            Improvements = person.Improvements.Select(i => new ImprovementLine(MetricName(i.Metric), i.Plan ?? "", i.Do ?? "", i.Owner ?? "",
                i.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", MetricName(i.Check), i.Act ?? "")).ToList(),
            Team = Team(sources.Result, person),
        };
    }

    /// <summary>The cover of a packet with <paramref name="people"/> (in that order).</summary>
    public static TeamSummary Team(ReportSources sources, IReadOnlyList<PersonResult> people)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(people);
        var graded = people.Where(p => p.Grade is not null).ToList();
        var counts = sources.Policy.Grades.Select(g => graded.Count(p => p.Grade == g.Name)).ToList();
        var shares = graded.Count == 0
            ? counts.Select(_ => 0m).ToList()
            : DisplayRounding.LargestRemainder(counts.Select(c => c * 100m / graded.Count).ToList(), 0, 100m);
        return new TeamSummary
        {
            Period = sources.Result.Period,
            PolicyTitle = sources.Policy.Title,
            PolicyVersion = sources.Policy.Version,
            ContentHash = sources.Policy.ContentHash,
            RulesCommit = sources.RulesCommit,
            Grades = sources.Policy.Grades.Select((g, i) => new GradeCount(g.Name, g.Label ?? "", counts[i],
                ValueFormatter.Number(shares[i], 0) + " %")).ToList(),
            People = people.Select(p => new TeamMember(p.Person, p.Name ?? p.Person, p.Role ?? "", ValueFormatter.Points(p.Total),
                p.Grade ?? None, GradeLabel(sources, p.Grade))).ToList(),
            Ungraded = people.Count - graded.Count,
        };
    }

    /// <summary>
    /// The anonymous context of <paramref name="person"/> among the people of <paramref name="result"/> on the same
    /// scorecard with a total; null when the person has no total or the group is smaller than <see cref="TeamContext.MinimumGroup"/>.
    /// </summary>
    public static TeamContext? Team(EvaluationResult result, PersonResult person)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(person);
        if (person.Total is not { } own || person.Scorecard is null) return null;
        var totals = result.People.Where(p => p.Scorecard == person.Scorecard && p.Total is not null)
            .Select(p => p.Total!.Value).Order().ToList();
        if (totals.Count < TeamContext.MinimumGroup) return null;
        var mid = totals.Count / 2;
        var median = totals.Count % 2 == 1 ? totals[mid] : (totals[mid - 1] + totals[mid]) / 2m;
        var below = totals.Count(t => t < own);
        var equal = totals.Count(t => t == own);
        var rank = (below + equal / 2m) * 100m / totals.Count;
        return new TeamContext(totals.Count, ValueFormatter.Points(median), ValueFormatter.Number(rank, 0) + " %");
    }

    private static List<TrendPoint> Trend(ReportSources sources, PersonResult person, string noData)
    {
        var points = new List<TrendPoint>();
        foreach (var earlier in sources.History)
        {
            var total = earlier.People.FirstOrDefault(p => p.Person == person.Person)?.Total;
            points.Add(new TrendPoint(earlier.Period, total is null ? noData : ValueFormatter.Points(total), Chart(total)));
        }
        points.Add(new TrendPoint(sources.Result.Period, person.Total is null ? noData : ValueFormatter.Points(person.Total), Chart(person.Total)));
        return points;
    }

    // One evidence column holding "情境:…;行為:…;影響:…" arrives as the behaviour; show it as its three parts.
    private static EvidenceLine Evidence(RaterScore rating) =>
        rating.Situation is null && rating.Impact is null && EvidenceText.Split(rating.Behaviour) is { } parts
            ? new EvidenceLine(rating.Role, ValueFormatter.Number(rating.Level, 2), parts.Situation, parts.Behaviour, parts.Impact)
            : new EvidenceLine(rating.Role, ValueFormatter.Number(rating.Level, 2), rating.Situation ?? "", rating.Behaviour ?? "", rating.Impact ?? "");

    private static string GradeLabel(ReportSources sources, string? grade) =>
        grade is null ? "" : sources.Policy.Grades.FirstOrDefault(g => g.Name == grade)?.Label ?? "";

    // Charts show the number as the tables do (ValueFormatter.Points), with "-" for no data.
    private static string Chart(decimal? value) => value is { } v ? ValueFormatter.Points(v) : "-";
}
