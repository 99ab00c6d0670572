using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks BARS scales and rated items: levels must be whole numbers running 1, 2, 3 … without
/// gaps or repeats (SR2008); a rated item's scale must exist (SR2001), its rater weights must add
/// up to exactly 100 % (SR2021) with each role once (SR2002), and its target must lie within the
/// scale's levels (SR2019).
/// </summary>
internal sealed class CheckScales : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "scales";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (scale, source) in context.Scope.OfType<ScaleDeclaration>())
            CheckLevels(context, scale, source);
        foreach (var (rated, source) in context.Scope.OfType<RatedDeclaration>())
            CheckRated(context, rated, source);
    }

    private static void CheckLevels(CheckContext context, ScaleDeclaration scale, Text.SourceText source)
    {
        var levels = scale.Items.OfType<ScaleLevel>().ToList();
        if (levels.Count == 0) return;
        var seen = new Dictionary<decimal, ScaleLevel>();
        foreach (var level in levels)
        {
            var value = level.Level.Value;
            if (value != decimal.Truncate(value) || value < 1 || level.Level.IsPercent)
            {
                context.Report(DiagnosticDescriptors.ScaleNotContiguous, source, level.Level.Span,
                    $"a level is a whole number 1, 2, 3 …, but this one is {Wording.Snippet(source, level.Level.Span)}");
                continue;
            }
            if (seen.TryGetValue(value, out var first))
                context.Report(DiagnosticDescriptors.ScaleNotContiguous, source, level.Level.Span,
                    $"level {Wording.Number(value)} of scale `{scale.Id.Text}` is given twice (first at {Wording.At(source, source, first.Span)})");
            else seen.Add(value, level);
        }
        if (seen.Count == 0) return;
        var max = (int)seen.Keys.Max();
        var missing = Enumerable.Range(1, max).Where(n => !seen.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            var found = string.Join(", ", seen.Keys.Order().Select(Wording.Number));
            context.Report(DiagnosticDescriptors.ScaleNotContiguous, source, scale.Id.Span,
                $"the levels of scale `{scale.Id.Text}` must run 1, 2, 3 … without gaps, but they are {found} ({Wording.List(missing.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)))} {(missing.Count == 1 ? "is" : "are")} missing)");
        }
        else if (seen.Count == 1)
            context.ReportWithHint(DiagnosticDescriptors.ScaleNotContiguous, source, scale.Id.Span, "BARS scales usually have 5 or 7 levels",
                $"scale `{scale.Id.Text}` has only level 1; a rating scale needs at least two levels");
    }

    private static void CheckRated(CheckContext context, RatedDeclaration rated, Text.SourceText source)
    {
        if (rated.Items.OfType<WordSetting>().FirstOrDefault(w => w.Keyword == "scale") is { } scaleName)
        {
            if (context.Symbols.Scales.TryGetValue(scaleName.Value.Text, out var scale))
            {
                var levels = scale.Node.Items.OfType<ScaleLevel>().Select(l => l.Level.Value).ToList();
                if (levels.Count > 0)
                    foreach (var target in rated.Items.OfType<TargetItem>())
                        if (target.Value.Value < levels.Min() || target.Value.Value > levels.Max())
                            context.Report(DiagnosticDescriptors.InvalidSetting, source, target.Value.Span,
                                $"the target {Wording.Snippet(source, target.Value.Span)} of `{rated.Id.Text}` is outside the levels of scale `{scaleName.Value.Text}` ({Wording.Number(levels.Min())} to {Wording.Number(levels.Max())})");
            }
            else
                context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, scaleName.Value.Span,
                    Suggestions.DidYouMean(scaleName.Value.Text, context.Symbols.Scales.Keys), $"unknown scale `{scaleName.Value.Text}`");
        }
        foreach (var raters in rated.Items.OfType<RatersItem>())
        {
            var roles = new Dictionary<string, RaterWeight>(StringComparer.Ordinal);
            foreach (var rater in raters.Raters)
                if (roles.TryGetValue(rater.Role.Text, out var first))
                    context.Report(DiagnosticDescriptors.DuplicateName, source, rater.Role.Span, "rater", rater.Role.Text,
                        $" in `{rated.Id.Text}` at {Wording.At(source, source, first.Span)}");
                else roles.Add(rater.Role.Text, rater);
            var sum = raters.Raters.Sum(r => r.Weight.Value);
            if (raters.Raters.Count > 0 && sum != 1m)
                context.Report(DiagnosticDescriptors.RaterWeightsNotHundred, source, raters.Span, rated.Id.Text, Wording.Percent(sum),
                    string.Join(", ", raters.Raters.Select(r => $"{r.Role.Text} {Wording.Percent(r.Weight.Value)}")));
        }
    }
}
