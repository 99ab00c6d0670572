using ScoreRules.Engine.Results;

namespace ScoreRules.Testing.Assertions;

/// <summary>
/// Typed look-ups into evaluated results for assertions: <c>result.Person("alice").Metric("fcr").Value</c>.
/// A missing id throws <see cref="ScorePolicyException"/> naming the ids there are, so a typo fails clearly.
/// </summary>
public static class ResultLookups
{
    /// <summary>The result of person <paramref name="id"/>.</summary>
    /// <exception cref="ScorePolicyException">The person was not evaluated.</exception>
    public static PersonResult Person(this EvaluationResult result, string id) =>
        result.People.FirstOrDefault(p => p.Person == id) ?? throw Missing("person", id, result.People.Select(p => p.Person));

    /// <summary>Metric <paramref name="id"/> of the person (value in the metric's unit, shares as ratios 0..1; score 0..100).</summary>
    /// <exception cref="ScorePolicyException">The person has no result for that metric.</exception>
    public static MetricResult Metric(this PersonResult person, string id) =>
        person.Metrics.FirstOrDefault(m => m.Id == id) ?? throw Missing($"metric of {person.Person}", id, person.Metrics.Select(m => m.Id));

    /// <summary>Dimension <paramref name="id"/> of the person's scorecard (score 0..100).</summary>
    /// <exception cref="ScorePolicyException">The person's scorecard has no such dimension.</exception>
    public static DimensionResult Dimension(this PersonResult person, string id) =>
        person.Dimensions.FirstOrDefault(d => d.Id == id) ?? throw Missing($"dimension of {person.Person}", id, person.Dimensions.Select(d => d.Id));

    /// <summary>Rated (BARS) item <paramref name="id"/> of the person (level on its scale).</summary>
    /// <exception cref="ScorePolicyException">No such rated item.</exception>
    public static RatedResult RatedItem(this PersonResult person, string id) =>
        person.Rated.FirstOrDefault(r => r.Id == id) ?? throw Missing($"rated item of {person.Person}", id, person.Rated.Select(r => r.Id));

    /// <summary>Bonus <paramref name="id"/> of the person (points earned and added after the cap).</summary>
    /// <exception cref="ScorePolicyException">The person's scorecard adds no such bonus.</exception>
    public static BonusResult BonusItem(this PersonResult person, string id) =>
        person.Bonuses.FirstOrDefault(b => b.Id == id) ?? throw Missing($"bonus of {person.Person}", id, person.Bonuses.Select(b => b.Id));

    private static ScorePolicyException Missing(string what, string id, IEnumerable<string> ids)
    {
        var list = ids.ToList();
        return new ScorePolicyException($"no {what} `{id}`; there {(list.Count == 1 ? "is" : "are")}: {(list.Count == 0 ? "none" : string.Join(", ", list))}");
    }
}
