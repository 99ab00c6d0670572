using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Warns about goals that are not SMART (SR2015): a metric without a target (not measurable
/// against anything) or without a description (not specific), and a policy header without a
/// <c>period</c> (not time-bound). A library folder (no policy header) has no period of its own.
/// </summary>
internal sealed class CheckSmart : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "smart";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (metric, source) in context.Scope.OfType<MetricDeclaration>())
        {
            var missing = new List<string>();
            var hints = new List<string>();
            if (!metric.Items.Any(i => i is TargetItem))
            {
                missing.Add("no target");
                hints.Add("`target >= …` (the level that counts as good)");
            }
            if (!metric.Items.Any(i => i is TextSetting { Keyword: "description" }))
            {
                missing.Add("no description");
                hints.Add("`description \"…\"` (what exactly is counted, and what is left out)");
            }
            if (missing.Count > 0)
                context.ReportWithHint(DiagnosticDescriptors.NotSmart, source, metric.Id.Span, "add " + Wording.List(hints),
                    $"metric `{metric.Id.Text}` is not SMART: it has {Wording.List(missing)}");
        }
        if (context.Scope.Header is { } header && !header.Node.Items.Any(i => i is WordSetting { Keyword: "period" }))
            context.ReportWithHint(DiagnosticDescriptors.NotSmart, header.Source, header.Node.Title.Span, "add e.g. `period month`",
                $"policy \"{header.Node.Title.Value}\" has no `period`, so its metrics are not time-bound");
    }
}
