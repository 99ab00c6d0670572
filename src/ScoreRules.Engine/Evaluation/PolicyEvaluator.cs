using System.Runtime.ExceptionServices;
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
/// else from every source's rows. People are evaluated in parallel (up to
/// <see cref="EvaluationOptions.MaxDegreeOfParallelism"/> at once); the result is the same, byte for byte, as
/// evaluating them one after another.
/// </summary>
public static class PolicyEvaluator
{
    /// <summary>The usual name of the source that lists people, their names and roles; <see cref="PolicyModel.PeopleSource"/> says which source a policy uses.</summary>
    public const string PeopleSource = PolicyModel.DefaultPeopleSource;

    /// <summary>Evaluates everyone, or only <paramref name="onlyPerson"/> when given.</summary>
    public static EvaluationResult Evaluate(EvaluationInput input, string? onlyPerson = null)
    {
        var people = People(input).Where(p => onlyPerson is null || p == onlyPerson).ToList();
        var results = new PersonResult[people.Count];
        var personWarnings = new DataWarnings[people.Count];
        var personErrors = new HashSet<string>[people.Count];
        var failures = new ExceptionDispatchInfo?[people.Count];
        void EvaluatePerson(int i)
        {
            personWarnings[i] = new DataWarnings();
            personErrors[i] = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                results[i] = new PersonEvaluation(input, people[i], personWarnings[i], personErrors[i]).Run();
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        }
        var parallelism = input.Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        if (parallelism <= 1 || people.Count <= 1)
        {
            for (var i = 0; i < people.Count; i++)
            {
                EvaluatePerson(i);
                failures[i]?.Throw();
            }
        }
        else
        {
            Parallel.For(0, people.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, EvaluatePerson);
            // The failure a one-by-one run would have stopped at.
            foreach (var failure in failures) failure?.Throw();
        }

        // Merged in people order, so the first warning of a row is the one a one-by-one run keeps.
        var warnings = new DataWarnings();
        foreach (var w in personWarnings) warnings.AddAll(w);
        var errors = new SortedSet<string>(personErrors.SelectMany(e => e), StringComparer.Ordinal);
        return new EvaluationResult(input.Policy.Title, input.Policy.Version, input.Policy.ContentHash, input.Period.ToString(),
            results, warnings.ToList(), errors.ToList());
    }

    /// <summary>The people evaluated: the people source's rows in file order, else everyone with rows, by id.</summary>
    public static IEnumerable<string> People(EvaluationInput input) =>
        input.Policy.PeopleSource is { } id && input.Tables.TryGetValue(id, out var people)
            ? people.People
            : input.Tables.Values.SelectMany(t => t.People).Distinct().Order(StringComparer.Ordinal);
}
