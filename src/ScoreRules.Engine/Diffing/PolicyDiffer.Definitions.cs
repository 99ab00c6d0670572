using ScoreRules.Engine.Display;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Diffing;

public static partial class PolicyDiffer
{
    // The definition of an item a scorecard weighs in both versions: a metric or a BARS-rated item.
    private static void CompareDefinition(ChangeList changes, string id, PolicyModel fromPolicy, PolicyModel toPolicy)
    {
        var metricA = fromPolicy.Metric(id);
        var metricB = toPolicy.Metric(id);
        var ratedA = fromPolicy.RatedItems.GetValueOrDefault(id);
        var ratedB = toPolicy.RatedItems.GetValueOrDefault(id);
        if (metricA is not null && metricB is not null) CompareMetric(changes, metricA, metricB);
        else if (ratedA is not null && ratedB is not null) CompareRated(changes, ratedA, fromPolicy, ratedB, toPolicy);
        else
            changes.Compare(ItemSubject(id, toPolicy), "kind",
                metricA is not null ? "metric" : ratedA is not null ? "rated item" : null,
                metricB is not null ? "metric" : ratedB is not null ? "rated item" : null);
    }

    private static void CompareMetric(ChangeList changes, MetricModel a, MetricModel b)
    {
        var subject = "metric " + a.Id;
        changes.Compare(subject, "name", a.Title, b.Title);
        if (ExprPrinter.Print(a.Value) != ExprPrinter.Print(b.Value) || a.CSharpValue != b.CSharpValue)
            changes.Add(ChangeKind.Changed, subject, "value", a.Formula ?? "", b.Formula ?? "");
        changes.Compare(subject, "at", a.AtField, b.AtField);
        changes.Compare(subject, "unit", a.Unit, b.Unit);
        changes.Compare(subject, "target", RuleText.Target(a.Target, a.Unit), RuleText.Target(b.Target, b.Unit));
        changes.Compare(subject, "score", RuleText.Score(a.Score), RuleText.Score(b.Score));
    }

    private static void CompareRated(ChangeList changes, RatedModel a, PolicyModel fromPolicy, RatedModel b, PolicyModel toPolicy)
    {
        var subject = "rated " + a.Id;
        changes.Compare(subject, "name", a.Title, b.Title);
        changes.Compare(subject, "scale", a.Scale, b.Scale);
        changes.Compare(subject, "from", From(a), From(b));
        changes.Compare(subject, "raters", RuleText.Raters(a.Raters), RuleText.Raters(b.Raters));
        changes.Compare(subject, "min raters", ValueFormatter.Number(a.MinRaters, 0), ValueFormatter.Number(b.MinRaters, 0));
        changes.Compare(subject, "flag disagreement", Levels(a.Disagreement), Levels(b.Disagreement));
        changes.Compare(subject, "target", RuleText.Target(a.Target, null), RuleText.Target(b.Target, null));
        changes.Compare(subject, "score", RuleText.Score(a.Score) ?? "default", RuleText.Score(b.Score) ?? "default");
        var scaleA = fromPolicy.Scales.GetValueOrDefault(a.Scale);
        var scaleB = toPolicy.Scales.GetValueOrDefault(b.Scale);
        if (scaleA is not null && scaleB is not null) CompareScale(changes, scaleA, scaleB);

        static string From(RatedModel r) => r.Where is null ? r.Source : r.Source + " where " + ExprPrinter.Print(r.Where);
        static string? Levels(decimal? d) => d is { } x ? "> " + ExprPrinter.Number(x) + " levels" : null;
    }

    // BARS: the scale's name and every level's behavioural anchor.
    private static void CompareScale(ChangeList changes, ScaleModel a, ScaleModel b)
    {
        var subject = "scale " + b.Id;
        changes.Compare(subject, "name", a.Title, b.Title);
        foreach (var level in b.Levels.Select(l => l.Level).Concat(a.Levels.Select(l => l.Level)).Distinct().Order())
        {
            var before = a.Levels.Where(l => l.Level == level).Select(l => l.Anchor).FirstOrDefault();
            var after = b.Levels.Where(l => l.Level == level).Select(l => l.Anchor).FirstOrDefault();
            changes.Compare(subject, "level " + ValueFormatter.Number(level, 0), before, after);
        }
    }
}
