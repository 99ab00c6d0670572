using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Testing.Running;

/// <summary>
/// Resolves what an expectation names, such as <c>alice.csat.score</c>, against the evaluated results:
/// <list type="bullet">
/// <item><c>total</c>, <c>grade</c>, <c>bonus</c> (points added), <c>scorecard</c> (its id), <c>alerts</c> and
/// <c>improvements</c> (how many), <c>alert.ID</c> and <c>improve.METRIC</c> (true when raised or fired);</item>
/// <item>a metric: its value (shares as ratios), <c>.score</c>, <c>.met</c>, <c>.weight</c>, <c>.contribution</c>;</item>
/// <item>a dimension: its score; <c>.weight</c>, <c>.contribution</c>;</item>
/// <item>a rated item: its level; <c>.score</c>, <c>.met</c>, <c>.disagreement</c>;</item>
/// <item>a bonus: the points added after its <c>max</c>; <c>.earned</c> (before the cap), <c>.max</c>.</item>
/// </list>
/// These words come first, so a metric called <c>total</c> cannot be reached from a test.
/// </summary>
internal sealed class ResultMembers(EvaluationResult result, PolicyModel policy)
{
    private const string Vocabulary = "total, grade, bonus, scorecard, alerts, alert.ID, improvements, improve.METRIC, " +
        "or a metric, dimension, rated item or bonus of the person's scorecard";

    /// <summary>A resolved value: null (no data), decimal, string or bool, and whether it is a share shown in percent.</summary>
    public sealed record Value(object? Content, string? Unit, bool IsPercent);

    /// <summary>Resolves <c>person.members…</c>.</summary>
    /// <exception cref="ExpectationException">The person or a member is unknown.</exception>
    public Value Resolve(string personId, IReadOnlyList<string> members)
    {
        var person = result.People.FirstOrDefault(p => p.Person == personId) ?? throw new ExpectationException(
            result.People.Count == 0
                ? $"nobody was evaluated, so there is no `{personId}`: give the test rows for {personId} (and a `people` row when the policy has that source)"
                : $"`{personId}` was not evaluated; the people evaluated are: {string.Join(", ", result.People.Select(p => p.Person))}");
        var path = $"{personId}.{string.Join('.', members)}";
        if (members.Count == 0) throw new ExpectationException($"`{personId}` alone is not a value: write {personId}.total, {personId}.grade, {personId}.METRIC, …");
        var head = members[0];
        var rest = members.Skip(1).ToList();

        switch (head)
        {
            case "total": return Leaf(path, rest, new Value(person.Total, null, false));
            case "grade": return Leaf(path, rest, new Value(person.Grade, null, false));
            case "bonus": return Leaf(path, rest, new Value(person.Bonus, null, false));
            case "scorecard": return Leaf(path, rest, new Value(person.Scorecard, null, false));
            case "alerts": return Leaf(path, rest, new Value((decimal)person.Alerts.Count, null, false));
            case "improvements": return Leaf(path, rest, new Value((decimal)person.Improvements.Count, null, false));
            case "alert":
                {
                    var id = Single(path, rest, "alert", "the alert's name, e.g. alert.overload");
                    if (policy.Alerts.All(a => a.Id != id))
                        throw new ExpectationException($"there is no alert `{id}`; the alerts are: {List(policy.Alerts.Select(a => a.Id))}");
                    return new Value(person.Alerts.Any(a => a.Id == id), null, false);
                }
            case "improve":
                {
                    var id = Single(path, rest, "improve", "the metric of an improve rule, e.g. improve.fcr");
                    if (policy.Improvements.All(i => i.Metric != id))
                        throw new ExpectationException($"no improve rule is written for `{id}`; improve rules are written for: {List(policy.Improvements.Select(i => i.Metric))}");
                    return new Value(person.Improvements.Any(i => i.Metric == id), null, false);
                }
        }

        if (person.Metrics.FirstOrDefault(m => m.Id == head) is { } metric) return Metric(path, metric, rest);
        if (person.Dimensions.FirstOrDefault(d => d.Id == head) is { } dimension) return Dimension(path, dimension, rest);
        if (person.Rated.FirstOrDefault(r => r.Id == head) is { } rated) return Rated(path, rated, rest);
        if (person.Bonuses.FirstOrDefault(b => b.Id == head) is { } bonus) return Bonus(path, bonus, rest);

        var card = person.Scorecard is null ? "no scorecard applies to them" : $"their scorecard is `{person.Scorecard}`";
        if (policy.Metric(head) is not null || policy.Bonuses.ContainsKey(head))
            throw new ExpectationException($"`{head}` is in the policy, but {personId} has no result for it: {card}, and it neither weighs nor adds `{head}`");
        throw new ExpectationException($"{personId} has no `{head}`; write {Vocabulary}");
    }

    private static Value Metric(string path, MetricResult m, List<string> rest)
    {
        var isPercent = m.Unit == "percent";
        return Member(path, rest, "metric", new Value(m.Value, m.Unit, isPercent),
            ("score", () => new Value(m.Score, null, false)),
            ("met", () => new Value(m.Met, null, false)),
            ("weight", () => new Value(m.Weight, null, true)),
            ("contribution", () => new Value(m.Contribution, null, false)));
    }

    private static Value Dimension(string path, DimensionResult d, List<string> rest) =>
        Member(path, rest, "dimension", new Value(d.Score, null, false),
            ("weight", () => new Value(d.Weight, null, true)),
            ("contribution", () => new Value(d.Contribution, null, false)));

    private static Value Rated(string path, RatedResult r, List<string> rest) =>
        Member(path, rest, "rated item", new Value(r.Level, null, false),
            ("score", () => new Value(r.Score, null, false)),
            ("met", () => new Value(r.Met, null, false)),
            ("disagreement", () => new Value(r.Disagreement, null, false)));

    private static Value Bonus(string path, BonusResult b, List<string> rest) =>
        Member(path, rest, "bonus", new Value(b.Points, null, false),
            ("earned", () => new Value(b.Earned, null, false)),
            ("max", () => new Value(b.Max, null, false)));

    private static Value Member(string path, List<string> rest, string kind, Value itself, params (string Name, Func<Value> Get)[] members)
    {
        if (rest.Count == 0) return itself;
        var known = members.FirstOrDefault(x => x.Name == rest[0]);
        if (known.Get is null)
            throw new ExpectationException($"`{path}`: a {kind} has no `.{rest[0]}`; write {List(members.Select(x => "." + x.Name))}, or nothing for its value");
        return Leaf(path, rest.Skip(1).ToList(), known.Get());
    }

    private static Value Leaf(string path, List<string> rest, Value value) =>
        rest.Count == 0 ? value : throw new ExpectationException($"`{path}`: `.{rest[0]}` cannot follow a single value");

    private static string Single(string path, List<string> rest, string word, string hint) => rest.Count switch
    {
        1 => rest[0],
        0 => throw new ExpectationException($"`{path}`: `{word}` needs {hint}"),
        _ => throw new ExpectationException($"`{path}`: `.{rest[1]}` cannot follow `{word}.{rest[0]}`"),
    };

    private static string List(IEnumerable<string> items)
    {
        var list = items.Distinct().ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
