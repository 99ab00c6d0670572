using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks score rules. Bands are tried in order and the first that holds gives the score, so:
/// a band that overlaps an earlier band of the other direction is reported (SR2004); a band no
/// value can reach — covered by earlier bands (e.g. <c>&lt; 45</c> after <c>&lt; 60</c>), after
/// <c>else</c>, or outside the values the metric can take — is reported (SR2005); and without
/// <c>else</c>, values no band covers are reported (SR2006). Linear points must go up in value and
/// their scores must not move against the target's direction (SR2007). Bands must all compare in
/// one direction, and their points must not rise as the value gets worse (SR2027).
/// </summary>
internal sealed class CheckScoreRules : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "score-rules";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var facts in context.Measures.Values)
        {
            var measure = facts.Declaration.Node;
            var source = facts.Declaration.Source;
            var target = measure.Items.OfType<TargetItem>().FirstOrDefault();
            foreach (var score in measure.Items.OfType<ScoreItem>())
            {
                if (score.Rule is BandsScore bands)
                {
                    CheckBands(context, measure.Id.Text, bands, facts.Domain, source);
                    CheckBandOrder(context, measure.Id.Text, bands, target, source);
                }
                if (score.Rule is LinearScore linear) CheckLinear(context, measure.Id.Text, linear, target, source);
            }
        }
    }

    private static bool Rising(CompareOp? op) => op is CompareOp.Less or CompareOp.LessOrEqual;

    private static bool Falling(CompareOp? op) => op is CompareOp.Greater or CompareOp.GreaterOrEqual;

    private static void CheckBands(CheckContext context, string id, BandsScore rule, Bounds bounds, SourceText source)
    {
        var domain = ValueSet.Of(bounds);
        var covered = ValueSet.Empty;
        var earlier = new List<(ScoreBand Band, ValueSet Set)>();
        var hasElse = false;
        string Band(ScoreBand b) => $"`{Wording.Snippet(source, b.Span)}`";

        for (var i = 0; i < rule.Bands.Count; i++)
        {
            var band = rule.Bands[i];
            if (band.Operator is not { } op || band.Bound is not { } bound)
            {
                hasElse = true;
                // Judged without the metric's range: an `else` kept as a safety net for values the
                // metric "cannot" take is harmless.
                if (covered.Complement().IsEmpty && i > 0)
                    context.Report(DiagnosticDescriptors.BandUnreachable, source, band.Span,
                        $"`else` is never used: the bands before it already cover every value");
                foreach (var after in rule.Bands.Skip(i + 1))
                    context.ReportWithHint(DiagnosticDescriptors.BandUnreachable, source, after.Span, "`else` must be the last band",
                        $"band {Band(after)} comes after `else`, so no value reaches it");
                break;
            }
            var set = ValueSet.Where(op, bound.Value).Intersect(domain);
            if (set.Minus(covered).IsEmpty)
            {
                ReportUnreachable(context, id, band, set, earlier, source, Band);
            }
            else
            {
                foreach (var (other, otherSet) in earlier)
                {
                    var opposite = Rising(op) && Falling(other.Operator) || Falling(op) && Rising(other.Operator);
                    var both = set.Intersect(otherSet);
                    if (!opposite || both.IsEmpty) continue;
                    context.ReportWithHint(DiagnosticDescriptors.BandsOverlap, source, band.Span,
                        "bands are tried in order and the first that holds gives the score; make the ranges meet without overlapping",
                        $"band {Band(band)} overlaps band {Band(other)}: values {both.Describe()} match both and get {Wording.Number(other.Score.Value)} from the first");
                    break;
                }
            }
            earlier.Add((band, set));
            covered = covered.Union(set);
        }
        if (hasElse || rule.Bands.Count == 0) return;
        var gap = domain.Minus(covered);
        if (!gap.IsEmpty)
            context.ReportWithHint(DiagnosticDescriptors.BandsGap, source, rule.Span, "add `else -> 0` as the last band, or a band for those values",
                $"the bands of `{id}` give no score to values {gap.Describe()}");
    }

    // docs/language.md §8: bands go in one direction and points fall as the value gets worse.
    private static void CheckBandOrder(CheckContext context, string id, BandsScore rule, TargetItem? target, SourceText source)
    {
        string Band(ScoreBand b) => $"`{Wording.Snippet(source, b.Span)}`";
        var directed = rule.Bands.Where(b => Rising(b.Operator) || Falling(b.Operator)).ToList();
        if (directed.Count == 0) return;
        var first = directed[0];
        var rising = Rising(first.Operator);
        if (directed.FirstOrDefault(b => Rising(b.Operator) != rising) is { } mixed)
        {
            context.ReportWithHint(DiagnosticDescriptors.BandsNotMonotone, source, mixed.Span,
                rising
                    ? "write every band with `<` or `<=`, bounds going up, e.g. `bands { < 30 -> 100, < 45 -> 80, < 60 -> 60, else -> 0 }`"
                    : "write every band with `>` or `>=`, bounds going down, e.g. `bands { >= 90 -> 100, >= 80 -> 80, >= 60 -> 60, else -> 0 }`",
                $"band {Band(mixed)} compares the other way from band {Band(first)}: the bands of `{id}` must all use `<`/`<=` or all use `>`/`>=`");
            return;
        }
        if (target is null) return;
        var lowerIsBetter = Rising(target.Operator);
        if (!lowerIsBetter && !Falling(target.Operator)) return;
        // Later bands (and `else`) reach values further along the bands' direction; they are worse
        // values when that direction runs away from the target.
        var laterIsWorse = rising == lowerIsBetter;
        var targetText = $"`{Wording.Snippet(source, target.Span)}`";
        // Bands out of order never apply (SR2005 reports them), so only bands reaching new values count.
        var ordered = new List<ScoreBand>();
        foreach (var band in rule.Bands.TakeWhile(b => b.Operator is not null).Where(b => Rising(b.Operator) || Falling(b.Operator)))
        {
            if (ordered.Count == 0 || ReachesFurther(ordered[^1], band, rising)) ordered.Add(band);
        }
        var elseBand = rule.Bands.FirstOrDefault(b => b.Operator is null);
        if (elseBand is not null) ordered.Add(elseBand);
        for (var i = 1; i < ordered.Count; i++)
        {
            var (before, now) = (ordered[i - 1], ordered[i]);
            var wrong = laterIsWorse ? now.Score.Value > before.Score.Value : now.Score.Value < before.Score.Value;
            if (!wrong) continue;
            var (better, worse) = laterIsWorse ? (before, now) : (now, before);
            context.ReportWithHint(DiagnosticDescriptors.BandsNotMonotone, source, now.Span,
                "give a worse value no more points than a better one",
                $"`{id}` has {targetText}, so {(lowerIsBetter ? "lower" : "higher")} values are better, but band {Band(worse)} gives "
                + $"{Wording.Number(worse.Score.Value)} points to worse values than band {Band(better)}, which gives {Wording.Number(better.Score.Value)}");
            return;
        }
    }

    private static bool ReachesFurther(ScoreBand last, ScoreBand band, bool rising)
    {
        var (before, now) = (last.Bound!.Value, band.Bound!.Value);
        if (before != now) return rising ? now > before : now < before;
        return rising
            ? last.Operator == CompareOp.Less && band.Operator == CompareOp.LessOrEqual
            : last.Operator == CompareOp.Greater && band.Operator == CompareOp.GreaterOrEqual;
    }

    private static void ReportUnreachable(CheckContext context, string id, ScoreBand band, ValueSet set,
        List<(ScoreBand Band, ValueSet Set)> earlier, SourceText source, Func<ScoreBand, string> show)
    {
        if (set.IsEmpty)
        {
            context.Report(DiagnosticDescriptors.BandUnreachable, source, band.Span,
                $"band {show(band)} is never used: `{id}` never takes such a value");
            return;
        }
        var cover = earlier.FirstOrDefault(e => set.Minus(e.Set).IsEmpty);
        if (cover.Band is null)
        {
            context.Report(DiagnosticDescriptors.BandUnreachable, source, band.Span,
                $"band {show(band)} is never used: the bands before it already cover every value it matches");
            return;
        }
        var sameDirection = Rising(band.Operator) && Rising(cover.Band.Operator) || Falling(band.Operator) && Falling(cover.Band.Operator);
        var hint = !sameDirection ? null
            : Rising(band.Operator)
                ? $"bands with `<` or `<=` must go up: put {show(band)} before {show(cover.Band)}"
                : $"bands with `>` or `>=` must go down: put {show(band)} before {show(cover.Band)}";
        context.ReportWithHint(DiagnosticDescriptors.BandUnreachable, source, band.Span, hint,
            $"band {show(band)} is never used: every value it matches already gets band {show(cover.Band)} at {Wording.At(source, source, cover.Band.Span)}");
    }

    // The author's own points, sorted by value, so the hint can be pasted back.
    private static string ReorderHint(IReadOnlyList<LinearPoint> points, SourceText source)
    {
        var sorted = points.OrderBy(p => p.Value.Value).ToList();
        var repeated = sorted.Zip(sorted.Skip(1)).FirstOrDefault(pair => pair.First.Value.Value == pair.Second.Value.Value);
        if (repeated.First is not null)
            return $"each value may appear only once, but {Wording.Snippet(source, repeated.First.Value.Span)} appears twice";
        return $"write the points from the lowest value to the highest: `linear {{ {string.Join(", ", sorted.Select(p => Wording.Snippet(source, p.Span)))} }}`";
    }

    private static void CheckLinear(CheckContext context, string id, LinearScore rule, TargetItem? target, SourceText source)
    {
        var points = rule.Points;
        string Value(LinearPoint p) => Wording.Snippet(source, p.Value.Span);
        string Score(LinearPoint p) => Wording.Snippet(source, p.Score.Span);
        for (var i = 1; i < points.Count; i++)
            if (points[i].Value.Value <= points[i - 1].Value.Value)
            {
                context.ReportWithHint(DiagnosticDescriptors.LinearNotMonotone, source, points[i].Span, ReorderHint(points, source),
                    $"the points of a linear score must go up in value, but {Value(points[i])} comes after {Value(points[i - 1])}");
                return;
            }
        if (target is null) return;
        var up = target.Operator is CompareOp.Greater or CompareOp.GreaterOrEqual;
        var down = target.Operator is CompareOp.Less or CompareOp.LessOrEqual;
        if (!up && !down) return;
        var targetText = $"`{Wording.Snippet(source, target.Span)}`";
        for (var i = 1; i < points.Count; i++)
        {
            var before = points[i - 1].Score.Value;
            var now = points[i].Score.Value;
            if (up && now < before)
            {
                context.ReportWithHint(DiagnosticDescriptors.LinearNotMonotone, source, points[i].Span,
                    "higher values are better here: give the higher value the higher score",
                    $"`{id}` has {targetText}, so its score must not fall as the value rises, but it falls from {Score(points[i - 1])} at {Value(points[i - 1])} to {Score(points[i])} at {Value(points[i])}");
                return;
            }
            if (down && now > before)
            {
                context.ReportWithHint(DiagnosticDescriptors.LinearNotMonotone, source, points[i].Span,
                    "lower values are better here: give the lower value the higher score",
                    $"`{id}` has {targetText}, so its score must not rise as the value rises, but it rises from {Score(points[i - 1])} at {Value(points[i - 1])} to {Score(points[i])} at {Value(points[i])}");
                return;
            }
        }
    }
}
