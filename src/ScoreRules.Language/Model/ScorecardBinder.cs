using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>
/// Binds a scorecard, applying <c>extends</c>: the child starts from its parent's dimensions, bonus
/// list and missing policy; a child dimension with the same id replaces the parent's, a new id is added.
/// </summary>
internal static class ScorecardBinder
{
    /// <summary>Binds <paramref name="card"/>; <paramref name="all"/> holds every scorecard by id for <c>extends</c>.</summary>
    public static ScorecardModel Bind(ScorecardDeclaration card, IReadOnlyDictionary<string, ScorecardDeclaration> all, ExpressionBinder b)
    {
        var chain = new List<ScorecardDeclaration>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = card; c is not null && seen.Add(c.Id.Text); c = c.Extends is null ? null : all.GetValueOrDefault(c.Extends.Text))
            chain.Insert(0, c);

        var dimensions = new List<DimensionModel>();
        var bonuses = new List<string>();
        var missing = MissingPolicy.Reweight;
        foreach (var c in chain)
        {
            foreach (var d in c.Items.OfType<DimensionItem>())
            {
                var model = new DimensionModel(d.Id.Text, d.Title?.Value ?? d.Id.Text, d.Weights.Select(w => (w.Metric.Text, w.Weight.Value)).ToList());
                var index = dimensions.FindIndex(x => x.Id == model.Id);
                if (index >= 0) dimensions[index] = model; else dimensions.Add(model);
            }
            var ownBonuses = c.Items.OfType<BonusListItem>().SelectMany(x => x.Bonuses).Select(n => n.Text).ToList();
            if (ownBonuses.Count > 0) bonuses = ownBonuses;
            missing = PolicyBinder.Word(c.Items, "missing") switch
            {
                "zero" => MissingPolicy.Zero,
                "fail" => MissingPolicy.Fail,
                "reweight" => MissingPolicy.Reweight,
                _ => missing,
            };
        }
        var condition = card.For ?? chain.Select(c => c.For).LastOrDefault(f => f is not null);
        return new ScorecardModel(card.Id.Text, card.Title?.Value ?? card.Id.Text, condition is null ? null : b.Bind(condition, inRow: true),
            dimensions, bonuses, missing, b.Locate(card));
    }
}
