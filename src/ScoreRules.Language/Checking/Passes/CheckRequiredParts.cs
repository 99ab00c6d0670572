using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports declarations missing a part they cannot work without (SR2020): a metric without
/// <c>value</c>, a source without <c>person</c>, a rated item without <c>scale</c> or <c>from</c>,
/// a bonus without <c>value</c> or <c>max</c>, a calendar without <c>hours</c>, a scale without
/// levels, a test without <c>period</c>, <c>keep</c> without <c>key</c>, <c>score met</c> without
/// a target, a linear score with fewer than two points. (Scorecards without dimensions are checked
/// after inheritance, by the scorecards pass.)
/// </summary>
internal sealed class CheckRequiredParts : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "required-parts";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (declaration, source) in context.Scope.Declarations)
        {
            var items = declaration.Items;
            void Require(bool present, TextSpan span, string what, string hint)
            {
                if (!present)
                    context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, span, hint,
                        $"{CheckDuplicateSettings.Describe(declaration)} has no {what}");
            }
            switch (declaration)
            {
                case MetricDeclaration metric:
                    Require(items.Any(i => i is ValueItem or CSharpValueItem), metric.Id.Span, "`value`",
                        "say how it is measured, e.g. `value mean(csat) over surveys`");
                    CheckScoreRule(context, source, items, metric.Id.Text);
                    break;
                case RatedDeclaration rated:
                    Require(items.Any(i => i is WordSetting { Keyword: "scale" }), rated.Id.Span, "`scale`",
                        "name the BARS scale its ratings use, e.g. `scale clarity`");
                    Require(items.Any(i => i is FromItem), rated.Id.Span, "`from`",
                        "name the source of the ratings, e.g. `from ratings where item == \"clarity\"`");
                    CheckScoreRule(context, source, items, rated.Id.Text);
                    break;
                case BonusDeclaration bonus:
                    Require(items.Any(i => i is ValueItem), bonus.Id.Span, "`value`",
                        "say how the points are counted, e.g. `value sum(points) over bonus_claims where approved`");
                    Require(items.Any(i => i is NumberSetting { Keyword: "max" }), bonus.Id.Span, "`max`",
                        "cap the points a bonus can add to the total, e.g. `max 5`");
                    break;
                case SourceDeclaration src:
                    Require(items.Any(i => i is ColumnBinding { Keyword: "person" }), src.Id.Span, "`person`",
                        "say which column tells whose row it is, e.g. `person = assignee`");
                    if (!items.Any(i => i is ColumnBinding { Keyword: "key" }))
                        foreach (var keep in items.OfType<KeepItem>())
                            context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, keep.Span,
                                "add the key column, e.g. `key id = number`",
                                $"`keep` picks one row per key, but source `{src.Id.Text}` has no `key`");
                    break;
                case CalendarDeclaration calendar:
                    Require(items.Any(i => i is HoursItem), calendar.Id.Span, "`hours`",
                        "give its working hours, e.g. `hours mon..fri 09:00-12:00, 13:00-18:00`");
                    break;
                case ScaleDeclaration scale:
                    Require(items.Any(i => i is ScaleLevel), scale.Id.Span, "levels",
                        "give each level with its behavioural anchor, e.g. `1 \"Hard to follow\"`");
                    break;
                case TestDeclaration test:
                    Require(items.Any(i => i is WordSetting { Keyword: "period" }), test.Title.Span, "`period`",
                        "say which period the test evaluates, e.g. `period 2026-03`");
                    break;
            }
        }
    }

    private static void CheckScoreRule(CheckContext context, SourceText source, SyntaxList<Item> items, string id)
    {
        foreach (var score in items.OfType<ScoreItem>())
        {
            switch (score.Rule)
            {
                case MetScore when !items.Any(i => i is TargetItem):
                    context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, score.Span, "add a target, e.g. `target >= 85%`",
                        $"`score met` gives 100 when the target is met, but `{id}` has no `target`");
                    break;
                case LinearScore { Points.Count: < 2 } linear:
                    context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, linear.Span, "e.g. `linear { 3.5 -> 0, 4.5 -> 100 }`",
                        $"a linear score needs at least two points, but `{id}` has {linear.Points.Count}");
                    break;
                case BandsScore { Bands.Count: 0 } bands:
                    context.ReportWithHint(DiagnosticDescriptors.MissingPart, source, bands.Span, "e.g. `bands { < 30 -> 100, else -> 0 }`",
                        $"the bands of `{id}` are empty");
                    break;
            }
        }
    }
}
