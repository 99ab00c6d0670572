using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks scorecards after inheritance: each has dimensions (SR2020); a dimension names metrics and
/// rated items that exist (SR2001) and have a score rule (SR2020); dimension ids, weighted metrics
/// and listed bonuses appear once (SR2002); bonuses exist (SR2001); and the weights add up to
/// exactly 100 % in decimal arithmetic (SR2003; 0 % weights are allowed).
/// </summary>
internal sealed class CheckScorecards : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "scorecards";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var effective in context.Scorecards.Values.OrderBy(e => e.Card.Source.Path, StringComparer.Ordinal).ThenBy(e => e.Card.Node.Span.Start))
        {
            var (card, source) = effective.Card;
            CheckOwnNames(context, card, source);
            if (effective.Dimensions.Count == 0)
            {
                context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, card.Id.Span,
                    "add e.g. `dimension customer \"Customer experience\" { csat 50%, ces 50% }`",
                    $"scorecard `{card.Id.Text}` has no dimensions");
                continue;
            }
            CheckWeightedOnce(context, effective);
            var sum = effective.Dimensions.Sum(d => d.Node.Weights.Sum(w => w.Weight.Value));
            if (sum != 1m)
            {
                var parts = effective.Dimensions.Select(d => $"{d.Node.Id.Text} {Wording.Percent(d.Node.Weights.Sum(w => w.Weight.Value))}");
                context.Report(DiagnosticDescriptors.WeightsNotHundred, source, card.Id.Span, card.Id.Text, Wording.Percent(sum), string.Join(", ", parts));
            }
        }
    }

    private static void CheckOwnNames(CheckContext context, ScorecardDeclaration card, SourceText source)
    {
        var symbols = context.Symbols;
        var dimensionIds = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var dimension in card.Items.OfType<DimensionItem>())
        {
            if (dimensionIds.TryGetValue(dimension.Id.Text, out var first))
                context.Report(DiagnosticDescriptors.DuplicateName, source, dimension.Id.Span, "dimension", dimension.Id.Text,
                    $" in scorecard `{card.Id.Text}` at {Wording.At(source, source, first)}");
            else dimensionIds.Add(dimension.Id.Text, dimension.Id.Span);
            foreach (var weight in dimension.Weights)
            {
                var name = weight.Metric;
                if (!symbols.Measures.TryGetValue(name.Text, out var measure))
                    context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, name.Span,
                        Suggestions.DidYouMean(name.Text, symbols.Scorable), $"unknown metric `{name.Text}`");
                else if (measure.Node is BonusDeclaration)
                    context.ReportWithHint(DiagnosticDescriptors.TypeMismatch, source, name.Span, $"list it with `bonus {name.Text}`",
                        $"`{name.Text}` is a bonus, not a metric: a dimension weighs metrics and rated items, and bonuses are added after the weighted total");
                else if (!measure.Node.Items.Any(i => i is ScoreItem))
                    context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, name.Span, "add a score rule, e.g. `score linear { 3.5 -> 0, 4.5 -> 100 }`",
                        $"{measure.Node.Keyword} `{name.Text}` is weighted in scorecard `{card.Id.Text}`, but it has no `score`");
            }
        }
        var bonuses = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var bonus in card.Items.OfType<BonusListItem>().SelectMany(b => b.Bonuses))
        {
            if (bonuses.TryGetValue(bonus.Text, out var first))
            {
                context.Report(DiagnosticDescriptors.DuplicateName, source, bonus.Span, "bonus", bonus.Text,
                    $" in the bonus list of scorecard `{card.Id.Text}` at {Wording.At(source, source, first)}");
                continue;
            }
            bonuses.Add(bonus.Text, bonus.Span);
            if (!symbols.Measures.TryGetValue(bonus.Text, out var measure))
                context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, bonus.Span,
                    Suggestions.DidYouMean(bonus.Text, symbols.Bonuses), $"unknown bonus `{bonus.Text}`");
            else if (measure.Node is not BonusDeclaration)
                context.ReportWithHint(DiagnosticDescriptors.TypeMismatch, source, bonus.Span, $"weigh it in a dimension, e.g. `{bonus.Text} 10%`",
                    $"`{bonus.Text}` is a {measure.Node.Keyword}, not a bonus");
        }
    }

    private static void CheckWeightedOnce(CheckContext context, EffectiveScorecard effective)
    {
        var seen = new Dictionary<string, (DimensionItem Dimension, MetricWeight Weight, SourceText Source)>(StringComparer.Ordinal);
        foreach (var (dimension, source) in effective.Dimensions)
            foreach (var weight in dimension.Weights)
            {
                if (seen.TryGetValue(weight.Metric.Text, out var first))
                    context.Report(DiagnosticDescriptors.DuplicateName, source, weight.Metric.Span, "metric", weight.Metric.Text,
                        $" in scorecard `{effective.Card.Node.Id.Text}`: it is weighted in dimension `{first.Dimension.Id.Text}` at {Wording.At(source, first.Source, first.Weight.Span)}");
                else seen.Add(weight.Metric.Text, (dimension, weight, source));
            }
    }
}
