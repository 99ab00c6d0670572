using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports units that do not match (SR2014): a metric's <c>unit</c> against the unit its value has
/// (work_minutes gives minutes, work_hours hours, share and ratio a ratio, count a count), its
/// target against that unit (<c>target &lt; 2 hours</c> for a value in minutes; <c>85%</c> for a
/// count; a plain 85 for a ratio), and score points or bands written on the wrong scale.
/// </summary>
internal sealed class CheckUnits : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "units";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var facts in context.Measures.Values)
        {
            if (facts.Declaration.Node is not MetricDeclaration metric) continue;
            var source = facts.Declaration.Source;
            var id = metric.Id.Text;

            var unit = facts.EffectiveUnit;
            if (facts.DeclaredUnit is { } declared && facts.Value?.Unit is { } inferred && Unit.Conflict(declared, inferred))
            {
                context.ReportWithHint(DiagnosticDescriptors.UnitMismatch, source, facts.UnitSpan, $"write `unit {inferred.Word()}`",
                    $"metric `{id}` says {declared.Origin}, but its value is {Phrase(inferred)}{Because(inferred)}");
                // The formula decides what the value is; check the target against it, not against the wrong unit line.
                unit = inferred;
            }
            foreach (var target in metric.Items.OfType<TargetItem>())
                CheckTarget(context, id, target, unit, source);
            foreach (var score in metric.Items.OfType<ScoreItem>())
                CheckScoreScale(context, id, score.Rule, unit, source);
        }
    }

    private static string Phrase(Unit unit) => unit.IsTime ? $"in {unit.Describe()}" : unit.Describe();

    private static string Because(Unit unit) => unit.Origin is { } origin ? $" ({origin})" : "";

    private static void CheckTarget(CheckContext context, string id, TargetItem target, Unit unit, Text.SourceText source)
    {
        var written = target.Unit is { } word ? Unit.FromWord(word.Text, $"`{word.Text}`") ?? Unit.Unknown
            : target.Value.IsPercent ? new Unit(UnitKind.Ratio, "a percentage")
            : Unit.Plain;
        var op = target.Operator.ToSymbol();
        if (Unit.Conflict(written, unit))
        {
            string? hint = null;
            if (written.IsTime && unit.IsTime)
            {
                var converted = target.Value.Value * written.MinutesPerUnit / unit.MinutesPerUnit;
                hint = $"write `target {op} {Wording.Number(decimal.Round(converted, 4))} {unit.Word()}`";
            }
            else if (unit.Kind == UnitKind.Ratio)
                hint = "write the target as a percentage, e.g. `target >= 85%`";
            else if (unit.Kind == UnitKind.Count)
                hint = "a count's target is a plain number, e.g. `target >= 2`";
            context.ReportWithHint(DiagnosticDescriptors.UnitMismatch, source, target.Span, hint,
                $"the target of `{id}` is {Phrase(written)}, but its value is {Phrase(unit)}{Because(unit)}");
            return;
        }
        if (written.Kind == UnitKind.Plain && unit.Kind == UnitKind.Ratio && Math.Abs(target.Value.Value) > 1m)
            context.ReportWithHint(DiagnosticDescriptors.UnitMismatch, source, target.Value.Span,
                $"write `target {op} {Wording.Number(target.Value.Value)}%`",
                $"the value of `{id}` is a ratio from 0 to 1{Because(unit)}, but the target is the plain number {Wording.Number(target.Value.Value)}");
    }

    private static void CheckScoreScale(CheckContext context, string id, ScoreRule rule, Unit unit, Text.SourceText source)
    {
        var bounds = rule switch
        {
            LinearScore linear => linear.Points.Select(p => p.Value),
            BandsScore bands => bands.Bands.Select(b => b.Bound).OfType<NumberExpression>(),
            _ => [],
        };
        foreach (var bound in bounds)
        {
            if (unit.Kind == UnitKind.Ratio && !bound.IsPercent && Math.Abs(bound.Value) > 1m)
            {
                context.ReportWithHint(DiagnosticDescriptors.UnitMismatch, source, bound.Span,
                    $"write {Wording.Number(bound.Value)}% or {Wording.Number(bound.Value / 100m)}",
                    $"the value of `{id}` is a ratio from 0 to 1{Because(unit)}, but the score rule uses the plain number {Wording.Number(bound.Value)}");
                return;
            }
            if (bound.IsPercent && unit.IsComparable && unit.Kind != UnitKind.Ratio)
            {
                context.Report(DiagnosticDescriptors.UnitMismatch, source, bound.Span,
                    $"the score rule of `{id}` uses the percentage {Wording.Percent(bound.Value)}, but its value is {Phrase(unit)}{Because(unit)}");
                return;
            }
        }
    }
}
