using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Runs a policy's C# formulas for one person: a value formula gets, for each source it names, the person's rows
/// of the period (placed by the metric's <c>at</c> when the source has that field, else the source's), in file
/// order; a score formula gets the value and its points are clamped to 0..100 like every score rule. When C# is
/// not allowed, or the formula cannot run, fails or runs past its time limit, the result is an error naming the
/// rule's location, never an exception.
/// </summary>
internal static class CSharpFormulaRunner
{
    /// <summary>The value of <paramref name="metric"/>, computed by its C# value formula.</summary>
    public static MetricValue Value(MetricModel metric, PersonContext context)
    {
        var input = context.Input;
        var where = metric.CSharpValueLocation ?? metric.Location;
        if (!input.Options.AllowCSharp || input.CSharp is not { } program)
            return Error($"{where}: the C# value formula of metric `{metric.Id}` {NotAllowed}");
        var sources = program.SourcesOf(metric.Id);
        var rows = new List<IReadOnlyList<object?[]>>(sources.Count);
        AggregateTrace? trace = null;
        foreach (var id in sources)
        {
            if (!input.Tables.TryGetValue(id, out var table))
                return Error($"{where}: the data of source `{id}`, which the C# value formula of metric `{metric.Id}` reads, was not loaded");
            var atField = metric.AtField is { } at && table.FieldIndex(at) >= 0 ? at : table.Source.AtField;
            var list = context.RowsInPeriod(table, atField).Select(r => r.Values).ToList();
            rows.Add(list);
            if (sources.Count == 1) trace = new AggregateTrace(id, atField, list.Count, list.Count, new Dictionary<string, int>());
        }
        var outcome = program.RunValue(metric.Id, rows, input.Zone, input.Options.CSharpTimeLimit);
        if (outcome.IsError) return Error(outcome.Error!);
        return new MetricValue(outcome.Value, outcome.Value is null ? ValueStatus.NoData : ValueStatus.Ok, trace, null);
    }

    /// <summary>The points 0..100 the C# score formula of <paramref name="ownerId"/> gives for <paramref name="value"/>, or an error.</summary>
    /// <param name="ownerId">The metric or rated item.</param>
    /// <param name="rule">Its score rule.</param>
    /// <param name="ownerLocation">Where the metric or rated item is declared (used when the rule has no location).</param>
    /// <param name="value">The metric's value, or the rated item's level.</param>
    /// <param name="input">The evaluation.</param>
    public static (decimal? Score, string? Error) Score(string ownerId, CSharpScoreModel rule, RuleLocation ownerLocation, decimal value, EvaluationInput input)
    {
        var where = rule.CodeLocation == RuleLocation.None ? ownerLocation : rule.CodeLocation;
        if (!input.Options.AllowCSharp || input.CSharp is not { } program)
            return (null, $"{where}: the C# score formula of `{ownerId}` {NotAllowed}");
        var outcome = program.RunScore(ownerId, value, input.Options.CSharpTimeLimit);
        if (outcome.IsError) return (null, outcome.Error);
        return (outcome.Value is { } points ? Math.Clamp(points, 0m, 100m) : null, null);
    }

    private const string NotAllowed = "was not run: C# formulas run only when they are allowed (scorerules eval --allow-csharp)";

    private static MetricValue Error(string message) => new(null, ValueStatus.Error, null, message);
}
