using ScoreRules.Engine.Data;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Evaluates a policy version for a period: for each person, picks the scorecard (the first whose
/// <c>for</c> condition holds on the person's row of the people source, <see cref="PolicyModel.PeopleSource"/>), computes every metric,
/// BARS rating and bonus, combines them with <see cref="ScorecardCalculator"/>, grades the total,
/// raises alerts and fires PDCA items. People come from the people source when there is one,
/// else from every source's rows.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>The usual name of the source that lists people, their names and roles; <see cref="PolicyModel.PeopleSource"/> says which source a policy uses.</summary>
    public const string PeopleSource = PolicyModel.DefaultPeopleSource;

    /// <summary>Evaluates everyone, or only <paramref name="onlyPerson"/> when given.</summary>
    public static EvaluationResult Evaluate(EvaluationInput input, string? onlyPerson = null)
    {
        var warnings = new DataWarnings();
        var errors = new SortedSet<string>(StringComparer.Ordinal);
        var people = People(input).Where(p => onlyPerson is null || p == onlyPerson).ToList();
        var results = people.Select(p => new PersonEvaluation(input, p, warnings, errors).Run()).ToList();
        return new EvaluationResult(input.Policy.Title, input.Policy.Version, input.Policy.ContentHash, input.Period.ToString(),
            results, warnings.ToList(), errors.ToList());
    }

    /// <summary>The people evaluated: the people source's rows in file order, else everyone with rows, by id.</summary>
    public static IEnumerable<string> People(EvaluationInput input) =>
        input.Policy.PeopleSource is { } id && input.Tables.TryGetValue(id, out var people)
            ? people.People
            : input.Tables.Values.SelectMany(t => t.People).Distinct().Order(StringComparer.Ordinal);
}
