using ScoreRules.Engine.Evaluation;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Loading;

/// <summary>
/// The fields of a source that evaluating a policy can read, so that a loaded table need not keep the others
/// (a ticket export's id and free-text columns can be most of its memory). Every field is still read from the file,
/// typed and checked; only its values are not kept. Only the rules the results depend on count (<see cref="RulesUsed"/>).
/// </summary>
public static class FieldsUsed
{
    /// <summary>
    /// The names of the fields of <paramref name="source"/> that <paramref name="policy"/> reads: those the
    /// expressions of its rules in use (<see cref="RulesUsed"/>), scorecards, PDCA and alert rules name inside an aggregation over the source (or, for a rated item's source, in its <c>where</c>;
    /// for the people source, in a scorecard's <c>for</c>), the source's <c>at</c> and any metric's own <c>at</c>,
    /// the fields read by a fixed name (people: name, role; ratings: rater, level, evidence), or null for all
    /// fields when C# formulas may run and one of them names the source.
    /// </summary>
    /// <param name="policy">The policy version.</param>
    /// <param name="source">One of its sources.</param>
    /// <param name="includeCSharp">True when C# formulas will run; they receive whole rows.</param>
    public static IReadOnlySet<string>? Of(PolicyModel policy, SourceModel source, bool includeCSharp) =>
        Of(policy, RulesUsed.Of(policy), source, includeCSharp);

    /// <summary>As <see cref="Of(PolicyModel, SourceModel, bool)"/>, with the rules in use worked out once for all sources.</summary>
    internal static IReadOnlySet<string>? Of(PolicyModel policy, RulesUsed rules, SourceModel source, bool includeCSharp)
    {
        if (includeCSharp)
            foreach (var metric in rules.Metrics)
                if (metric.CSharpValue is { } code && CSharp.FormulaSyntax.NamesUsed(code, [.. policy.Sources.Keys]).Contains(source.Id))
                    return null;

        var used = new HashSet<string>(StringComparer.Ordinal);
        if (source.AtField is { } at) used.Add(at);
        foreach (var metric in rules.Metrics)
        {
            if (metric.AtField is { } own && source.Fields.Any(f => f.Name == own)) used.Add(own);
            Walk(metric.Value, null);
        }
        foreach (var bonus in rules.Bonuses) Walk(bonus.Value, null);
        foreach (var improve in policy.Improvements) Walk(improve.When, null);
        foreach (var alert in policy.Alerts) Walk(alert.When, null);
        foreach (var card in policy.Scorecards) Walk(card.For, policy.PeopleSource);
        foreach (var rated in rules.RatedItems)
        {
            Walk(rated.Where, rated.Source);
            if (rated.Source == source.Id) used.UnionWith(FieldsReadByName.OfRatings);
        }
        if (policy.PeopleSource == source.Id) used.UnionWith(FieldsReadByName.OfPeople);
        return used;

        // rowSource: the source whose row a field name stands for here, if any.
        void Walk(Expr? e, string? rowSource)
        {
            if (e is null) return;
            if (e is NameRef { Kind: NameKind.Field } n && rowSource == source.Id) used.Add(n.Name);
            // Inside an aggregation, a field name stands for a row of the source it aggregates over.
            var inner = e is AggregateExpr a ? a.Source : rowSource;
            foreach (var x in e.Children()) Walk(x, inner);
        }
    }
}
