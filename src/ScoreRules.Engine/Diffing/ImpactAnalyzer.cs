using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using NodaTime;
using ScoreRules.Engine.Calendars;

namespace ScoreRules.Engine.Diffing;

/// <summary>
/// Evaluates two policy versions on the same data and period and lines up each person's results: old
/// and new total and grade, the change, and which items' contributions explain it.
/// </summary>
public static class ImpactAnalyzer
{
    /// <summary>The result of evaluating one version for the impact analysis.</summary>
    /// <param name="Result">The evaluation, or null when the data could not be loaded.</param>
    /// <param name="Diagnostics">Data errors and warnings found while loading and evaluating.</param>
    public sealed record Evaluation(EvaluationResult? Result, IReadOnlyList<DataDiagnostic> Diagnostics);

    /// <summary>
    /// Loads the sources <paramref name="policy"/> reads from <paramref name="dataFolder"/> and evaluates it
    /// for <paramref name="period"/>, whatever the version's effective range: the caller decides which
    /// version applies.
    /// </summary>
    /// <param name="policy">The version to evaluate.</param>
    /// <param name="dataFolder">The folder holding the sources' files.</param>
    /// <param name="period">The period.</param>
    /// <param name="allowCSharp">True to run the policy's C# formulas; without it their metrics get the error status.</param>
    public static Evaluation Evaluate(PolicyModel policy, string dataFolder, AppraisalPeriod period, bool allowCSharp = false)
    {
        var zone = Timestamps.IsKnownTimeZone(policy.TimeZone) ? Timestamps.FindZone(policy.TimeZone) : DateTimeZone.Utc;
        var data = DataSetLoader.Load(policy, dataFolder, zone, allowCSharp, onlyFieldsUsed: true);
        if (data.Failed) return new Evaluation(null, data.Diagnostics);
        var result = PolicyEvaluator.Evaluate(new EvaluationInput(policy, data.Tables, period, new EvaluationOptions { AllowCSharp = allowCSharp }));
        return new Evaluation(result, [.. data.Diagnostics, .. result.Diagnostics]);
    }

    /// <summary>Lines up the people of two evaluations of the same period and data.</summary>
    /// <param name="from">The older version.</param>
    /// <param name="before">Its results.</param>
    /// <param name="to">The newer version.</param>
    /// <param name="after">Its results.</param>
    /// <param name="dataFolder">The data folder, as the user named it (for the report).</param>
    /// <param name="ignoresEffectiveRange">Whether the versions were evaluated regardless of their effective ranges.</param>
    public static ImpactReport Compare(PolicyModel from, EvaluationResult before, PolicyModel to, EvaluationResult after,
        string dataFolder, bool ignoresEffectiveRange)
    {
        var ids = after.People.Select(p => p.Person).Concat(before.People.Select(p => p.Person)).Distinct(StringComparer.Ordinal);
        var people = ids.Select(id =>
            {
                var a = before.People.FirstOrDefault(p => p.Person == id);
                var b = after.People.FirstOrDefault(p => p.Person == id);
                return new PersonImpact(id, b?.Name ?? a?.Name, a?.Scorecard, b?.Scorecard, a?.Total, b?.Total, a?.Grade, b?.Grade,
                    Drivers(Contributions(from, a), Contributions(to, b)), a?.Error, b?.Error);
            })
            .OrderBy(p => p.Delta is null ? 1 : 0)
            .ThenByDescending(p => Math.Abs(p.Delta ?? 0m))
            .ThenBy(p => p.Person, StringComparer.Ordinal)
            .ToList();
        return new ImpactReport(after.Period, dataFolder, from.Version, to.Version, ignoresEffectiveRange, people, Summarize(from, to, people));
    }

    private static ImpactSummary Summarize(PolicyModel from, PolicyModel to, IReadOnlyList<PersonImpact> people)
    {
        var deltas = people.Where(p => p.Delta is not null).ToList();
        var largest = deltas.OrderByDescending(p => Math.Abs(p.Delta!.Value)).ThenBy(p => p.Person, StringComparer.Ordinal).FirstOrDefault();
        var grades = to.Grades.Select(g => g.Name).Concat(from.Grades.Select(g => g.Name)).Distinct(StringComparer.Ordinal)
            .Select(g => new GradeCount(g, people.Count(p => p.GradeBefore == g), people.Count(p => p.GradeAfter == g)))
            .ToList();
        return new ImpactSummary(people.Count, people.Count(p => p.GradeChanged), deltas.Count(p => p.Delta != 0m),
            deltas.Count == 0 ? null : deltas.Sum(p => p.Delta!.Value) / deltas.Count,
            largest is { Delta: not 0m } ? largest : null, grades);
    }

    // Points each item adds to the person's total: score × effective weight, as the scorecard computes
    // them, plus the capped bonus points. Nothing counts when the person has no total.
    private static Dictionary<(string Kind, string Id), decimal> Contributions(PolicyModel policy, PersonResult? person)
    {
        var points = new Dictionary<(string Kind, string Id), decimal>();
        if (person?.Total is null) return points;
        var card = policy.Scorecards.FirstOrDefault(c => c.Id == person.Scorecard);
        if (card is not null)
        {
            var scores = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            foreach (var m in person.Metrics) scores[m.Id] = m.Score;
            foreach (var r in person.Rated) scores[r.Id] = r.Score;
            var outcome = ScorecardCalculator.Compute(card, scores, person.Bonus);
            foreach (var (id, contribution) in outcome.Contributions)
                points[(policy.RatedItems.ContainsKey(id) ? "rated" : "metric", id)] = contribution ?? 0m;
        }
        foreach (var bonus in person.Bonuses) points[("bonus", bonus.Id)] = bonus.Points;
        return points;
    }

    private static IReadOnlyList<ContributionChange> Drivers(Dictionary<(string Kind, string Id), decimal> before,
        Dictionary<(string Kind, string Id), decimal> after) =>
        after.Keys.Concat(before.Keys).Distinct()
            .Select(k => new ContributionChange(k.Id, k.Kind, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Where(c => c.Delta != 0m)
            .OrderByDescending(c => Math.Abs(c.Delta))
            .ThenBy(c => c.Kind, StringComparer.Ordinal)
            .ThenBy(c => c.Item, StringComparer.Ordinal)
            .ToList();
}
