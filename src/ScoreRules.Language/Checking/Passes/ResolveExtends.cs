using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Resolves <c>extends</c>: the parent must exist (SR2001) and a chain of <c>extends</c> must not
/// come back to where it started (SR2011, reported once per cycle). Records each scorecard's
/// dimensions and bonuses after inheritance: a child keeps its parent's dimensions in order,
/// its own dimension with the same id replaces the parent's, and new ones follow.
/// </summary>
internal sealed class ResolveExtends : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "extends";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        var cards = context.Symbols.Scorecards;
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (card, source) in cards.Values)
        {
            if (card.Extends is not { } parent) continue;
            if (!cards.ContainsKey(parent.Text))
            {
                context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, parent.Span,
                    Suggestions.DidYouMean(parent.Text, cards.Keys.Where(k => k != card.Id.Text)), $"unknown scorecard `{parent.Text}`");
                continue;
            }
            if (inCycle.Contains(card.Id.Text)) continue;
            var chain = new List<string> { card.Id.Text };
            var current = parent.Text;
            while (cards.TryGetValue(current, out var next) && !chain.Contains(current))
            {
                chain.Add(current);
                current = next.Node.Extends?.Text ?? "";
            }
            if (current != card.Id.Text) continue;
            inCycle.UnionWith(chain);
            var path = string.Join(" → ", chain.Append(card.Id.Text).Select(c => $"`{c}`"));
            context.ReportWithHint(DiagnosticDescriptors.ExtendsCycle, source, parent.Span, "one scorecard of the cycle must not extend another",
                chain.Count == 1
                    ? $"scorecard `{card.Id.Text}` extends itself"
                    : $"scorecard `{card.Id.Text}` extends itself through a cycle: {path}");
        }
        var done = new Dictionary<string, EffectiveScorecard>(StringComparer.Ordinal);
        foreach (var (name, card) in cards)
            if (!inCycle.Contains(name) && Effective(name, card, cards, inCycle, done, 0) is { } effective)
                context.Scorecards[card.Node] = effective;
    }

    private static EffectiveScorecard? Effective(string name, Located<ScorecardDeclaration> card, Dictionary<string, Located<ScorecardDeclaration>> cards,
        HashSet<string> inCycle, Dictionary<string, EffectiveScorecard> done, int depth)
    {
        if (done.TryGetValue(name, out var known)) return known;
        if (inCycle.Contains(name) || depth > cards.Count) return null;
        var dimensions = new List<Located<DimensionItem>>();
        var bonuses = new List<Located<Name>>();
        if (card.Node.Extends is { } parentName && cards.TryGetValue(parentName.Text, out var parent))
        {
            if (Effective(parentName.Text, parent, cards, inCycle, done, depth + 1) is not { } inherited) return null;
            dimensions.AddRange(inherited.Dimensions);
            bonuses.AddRange(inherited.Bonuses);
        }
        var inheritedCount = dimensions.Count;
        foreach (var dimension in card.Node.Items.OfType<DimensionItem>())
        {
            var replaced = dimensions.FindIndex(0, inheritedCount, d => d.Node.Id.Text == dimension.Id.Text);
            var located = new Located<DimensionItem>(dimension, card.Source);
            if (replaced >= 0) dimensions[replaced] = located;
            else dimensions.Add(located);
        }
        foreach (var bonus in card.Node.Items.OfType<BonusListItem>().SelectMany(b => b.Bonuses))
            if (!bonuses.Any(b => b.Node.Text == bonus.Text)) bonuses.Add(new Located<Name>(bonus, card.Source));
        var result = new EffectiveScorecard(card, dimensions, bonuses);
        done[name] = result;
        return result;
    }
}
