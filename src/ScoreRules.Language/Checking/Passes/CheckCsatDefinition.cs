using System.Text.RegularExpressions;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Warns about a CSAT metric that does not say which CSAT it is (SR2016). "CSAT" is used for the
/// mean answer (e.g. 4.3 of 5), the share of satisfied answers (4 or 5 of 5, e.g. 86 %) and net
/// scores (satisfied minus dissatisfied), which are not comparable. The rule: a metric whose id or
/// title contains "csat" (any case), 滿意 or 满意 must have, in its title or description, a word
/// that names the kind — mean, average, avg, 平均, 均值; share, percent, percentage, %, top-2, top
/// box, 4–5, 4 or 5, 比例, 比率, 百分比, 佔比, 占比; net, 淨, 净.
/// </summary>
internal sealed partial class CheckCsatDefinition : ICheckPass
{
    [GeneratedRegex(@"csat|滿意|满意", RegexOptions.IgnoreCase)]
    private static partial Regex CsatName();

    [GeneratedRegex(@"\b(mean|average|avg|share|percent|percentage|top[- ]?2|top[- ]?two|top[- ]?box|net)\b|%|4\s*[–\-]\s*5|4 or 5|平均|均值|比例|比率|百分比|佔比|占比|淨|净", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    /// <inheritdoc/>
    public string Name => "csat-definition";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (metric, source) in context.Scope.OfType<MetricDeclaration>())
        {
            var title = metric.Title?.Value ?? "";
            if (!CsatName().IsMatch(metric.Id.Text) && !CsatName().IsMatch(title)) continue;
            var description = metric.Items.OfType<TextSetting>().FirstOrDefault(t => t.Keyword == "description")?.Value.Value ?? "";
            if (KindWord().IsMatch(title) || KindWord().IsMatch(description)) continue;
            context.ReportWithHint(DiagnosticDescriptors.AmbiguousCsat, source, metric.Id.Span,
                "say it in the title or description, e.g. \"CSAT (mean, 1–5)\", \"CSAT (% satisfied, 4–5)\" or \"Net satisfaction\"",
                $"metric `{metric.Id.Text}` looks like CSAT, but its title and description do not say which CSAT: the mean answer, the share of satisfied answers (4–5) or a net score");
        }
    }
}
