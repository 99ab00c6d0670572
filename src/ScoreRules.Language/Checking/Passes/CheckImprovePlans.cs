using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Checks PDCA improvement plans: the metric improved and the metric of <c>check … next period</c>
/// exist (SR2001), and <c>when missed</c> has a target to miss (SR2020).
/// </summary>
internal sealed class CheckImprovePlans : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "improve-plans";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        var measures = context.Symbols.Measures;
        foreach (var (improve, source) in context.Scope.OfType<ImproveDeclaration>())
        {
            var names = improve.Items.OfType<WordSetting>().Where(w => w.Keyword == "check").Select(w => w.Value).Prepend(improve.Metric);
            foreach (var name in names)
                if (!measures.ContainsKey(name.Text))
                    context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, name.Span,
                        Suggestions.DidYouMean(name.Text, context.Symbols.Scorable), $"unknown metric `{name.Text}`");
            if (improve.When is null && measures.TryGetValue(improve.Metric.Text, out var metric) && !metric.Node.Items.Any(i => i is TargetItem))
                context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, improve.Metric.Span,
                    $"give `{improve.Metric.Text}` a target, or write a condition such as `when {improve.Metric.Text} < 80%`",
                    $"`when missed` applies when the target is missed, but {metric.Node.Keyword} `{improve.Metric.Text}` has no `target`");
        }
    }
}
