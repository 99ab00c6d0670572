using ScoreRules.Engine.Display;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Diffing;

public static partial class PolicyDiffer
{
    private static ScorecardDiff? CompareScorecard(PolicyModel fromPolicy, ScorecardModel? from, PolicyModel toPolicy, ScorecardModel? to)
    {
        var card = (to ?? from)!;
        var changes = new ChangeList();
        var subject = "scorecard " + card.Id;
        if (from is not null && to is not null)
        {
            changes.Compare(subject, "name", from.Title, to.Title);
            changes.Compare(subject, "for", ExprPrinter.Print(from.For), ExprPrinter.Print(to.For));
            changes.Compare(subject, "missing", RuleText.Missing(from.Missing), RuleText.Missing(to.Missing));
        }

        CompareDimensions(changes, from, to);

        var before = Weights(from);
        var after = Weights(to);
        foreach (var id in after.Select(w => w.Item).Concat(before.Select(w => w.Item)).Distinct(StringComparer.Ordinal))
        {
            var a = before.FirstOrDefault(w => w.Item == id);
            var b = after.FirstOrDefault(w => w.Item == id);
            var itemSubject = ItemSubject(id, b.Item is null ? fromPolicy : toPolicy);
            changes.Compare(itemSubject, "weight", a.Item is null ? null : ValueFormatter.Weight(a.Weight), b.Item is null ? null : ValueFormatter.Weight(b.Weight));
            if (a.Item is null || b.Item is null) continue;
            changes.Compare(itemSubject, "dimension", a.Dimension, b.Dimension);
            CompareDefinition(changes, id, fromPolicy, toPolicy);
        }

        var bonuses = (to?.Bonuses ?? []).Concat(from?.Bonuses ?? []).Distinct(StringComparer.Ordinal);
        foreach (var id in bonuses)
        {
            var a = from is not null && from.Bonuses.Contains(id) ? fromPolicy.Bonuses.GetValueOrDefault(id) : null;
            var b = to is not null && to.Bonuses.Contains(id) ? toPolicy.Bonuses.GetValueOrDefault(id) : null;
            if (a is null || b is null)
            {
                changes.Compare("bonus " + id, "cap", a is null ? null : RuleText.Cap(a.Max), b is null ? null : RuleText.Cap(b.Max));
                continue;
            }
            changes.Compare("bonus " + id, "name", a.Title, b.Title);
            changes.Compare("bonus " + id, "value", ExprPrinter.Print(a.Value), ExprPrinter.Print(b.Value));
            changes.Compare("bonus " + id, "cap", RuleText.Cap(a.Max), RuleText.Cap(b.Max));
        }

        if (from is not null && to is not null && changes.Items.Count == 0) return null;
        var status = from is null ? ChangeKind.Added : to is null ? ChangeKind.Removed : ChangeKind.Changed;
        return new ScorecardDiff(card.Id, card.Title, status, changes.Items);
    }

    private static void CompareDimensions(ChangeList changes, ScorecardModel? from, ScorecardModel? to)
    {
        var a = from?.Dimensions ?? [];
        var b = to?.Dimensions ?? [];
        foreach (var id in b.Select(d => d.Id).Concat(a.Select(d => d.Id)).Distinct(StringComparer.Ordinal))
        {
            var x = a.FirstOrDefault(d => d.Id == id);
            var y = b.FirstOrDefault(d => d.Id == id);
            var subject = "dimension " + id;
            changes.Compare(subject, "weight", x is null ? null : ValueFormatter.Weight(x.Weights.Sum(w => w.Weight)),
                y is null ? null : ValueFormatter.Weight(y.Weights.Sum(w => w.Weight)));
            if (x is not null && y is not null) changes.Compare(subject, "name", x.Title, y.Title);
        }
    }

    private static List<(string Item, string Dimension, decimal Weight)> Weights(ScorecardModel? card) =>
        card?.Dimensions.SelectMany(d => d.Weights.Select(w => (Item: w.Metric, Dimension: d.Id, w.Weight))).ToList() ?? [];

    private static string ItemSubject(string id, PolicyModel policy) =>
        policy.RatedItems.ContainsKey(id) ? "rated " + id : "metric " + id;
}
