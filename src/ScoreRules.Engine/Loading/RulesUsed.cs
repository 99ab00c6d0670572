using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Loading;

/// <summary>
/// The rules a policy's results depend on: the metrics, rated items and bonuses its scorecards weigh or add, the
/// metrics its PDCA and alert rules look at, and every metric, rated item or bonus those refer to. A library metric
/// nobody uses is not among them.
/// </summary>
/// <param name="Metrics">The metrics used, in the policy's declaration order.</param>
/// <param name="Bonuses">The bonus items used.</param>
/// <param name="RatedItems">The rated items used.</param>
public sealed record RulesUsed(IReadOnlyList<MetricModel> Metrics, IReadOnlyList<BonusModel> Bonuses, IReadOnlyList<RatedModel> RatedItems)
{
    /// <summary>The rules <paramref name="policy"/>'s results depend on. Every rated item counts as used: reports show them all.</summary>
    public static RulesUsed Of(PolicyModel policy)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        void Use(string name)
        {
            if (names.Add(name)) pending.Push(name);
        }
        void Walk(Expr? e)
        {
            if (e is null) return;
            if (e is NameRef { Kind: NameKind.Metric or NameKind.Rated or NameKind.Bonus } n) Use(n.Name);
            foreach (var x in e.Children()) Walk(x);
        }
        foreach (var card in policy.Scorecards)
        {
            foreach (var w in card.Dimensions.SelectMany(d => d.Weights)) Use(w.Metric);
            foreach (var b in card.Bonuses) Use(b);
            Walk(card.For);
        }
        foreach (var i in policy.Improvements)
        {
            Use(i.Metric);
            if (i.Check is not null) Use(i.Check);
            Walk(i.When);
        }
        foreach (var a in policy.Alerts) Walk(a.When);
        foreach (var r in policy.RatedItems.Values) Use(r.Id);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (policy.Metric(name) is { } m) Walk(m.Value);
            else if (policy.Bonuses.TryGetValue(name, out var b)) Walk(b.Value);
            else if (policy.RatedItems.TryGetValue(name, out var r)) Walk(r.Where);
        }
        return new RulesUsed(
            [.. policy.Metrics.Where(m => names.Contains(m.Id))],
            [.. policy.Bonuses.Values.Where(b => names.Contains(b.Id))],
            [.. policy.RatedItems.Values.Where(r => names.Contains(r.Id))]);
    }
}
