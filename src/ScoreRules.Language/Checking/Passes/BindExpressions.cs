using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Binds every expression (metric and bonus values, rated items' <c>from … where</c>, scorecards'
/// <c>for</c>, <c>improve … when</c>, <c>alert … when</c>, a metric's <c>at</c>, answer maps), reporting
/// unknown names and functions (SR2001), columns that are not fields (SR2012), type errors
/// (SR2013) and unit clashes inside expressions (SR2014); records each measure's type, unit and
/// range for the passes after it.
/// </summary>
internal sealed class BindExpressions : ICheckPass
{
    /// <inheritdoc/>
    public string Name => "bind-expressions";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (declaration, source) in context.Scope.Declarations)
        {
            var binder = new ExpressionBinder(context, source);
            switch (declaration)
            {
                case MetricDeclaration or BonusDeclaration:
                    BindMeasure(context, binder, (NamedDeclaration)declaration, source);
                    break;
                case RatedDeclaration rated:
                    BindRated(context, binder, rated, source);
                    break;
                case ScorecardDeclaration { For: { } condition }:
                    binder.RequireCondition(condition, binder.Bind(condition, new RosterNames()), "a scorecard's `for` condition");
                    break;
                case ImproveDeclaration { When: { } condition }:
                    binder.RequireCondition(condition, binder.Bind(condition, new MeasureNames()), "an `improve … when` condition");
                    break;
                case AlertDeclaration alert:
                    binder.RequireCondition(alert.When, binder.Bind(alert.When, new MeasureNames()), "an alert's `when` condition");
                    break;
                case SourceDeclaration src:
                    CheckAnswerMaps(context, binder, src, source);
                    break;
            }
        }
    }

    private static void BindMeasure(CheckContext context, ExpressionBinder binder, NamedDeclaration measure, SourceText source)
    {
        var facts = new MeasureFacts(new Located<NamedDeclaration>(measure, source));
        context.Measures[measure] = facts;
        if (measure.Items.OfType<ValueItem>().FirstOrDefault() is { } value)
        {
            var info = binder.Bind(value.Value, new MeasureNames());
            binder.RequireNumber(value.Value, info, $"the value of {measure.Keyword} `{measure.Id.Text}`");
            facts.Value = info.Type.IsNumeric() ? info : info with { Unit = Unit.Unknown, Bounds = Bounds.All };
            facts.Sources.AddRange(binder.AggregatedSources);
        }
        if (measure.Items.OfType<WordSetting>().FirstOrDefault(w => w.Keyword == "unit") is { } unit)
        {
            facts.DeclaredUnit = unit.Value.Quoted
                ? new Unit(UnitKind.Other, $"`unit \"{unit.Value.Text}\"`")
                : Unit.FromWord(unit.Value.Text, $"`unit {unit.Value.Text}`");
            facts.UnitSpan = unit.Span;
        }
        if (measure.Items.OfType<WordSetting>().FirstOrDefault(w => w.Keyword == "at") is { } at)
            CheckAt(context, at, facts, source);
    }

    private static void CheckAt(CheckContext context, WordSetting at, MeasureFacts facts, SourceText source)
    {
        if (facts.Sources.Count == 0) return;
        var name = at.Value.Text;
        foreach (var src in facts.Sources)
        {
            if (src.Fields.TryGetValue(name, out var field))
            {
                if (!field.Type.IsTime() && field.Type != ScoreType.Unknown)
                    context.Report(DiagnosticDescriptors.TypeMismatch, source, at.Value.Span,
                        $"`at` places rows in periods, so it needs a date or datetime field, but `{name}` of source `{src.Name}` is {field.Type.Describe()}");
                continue;
            }
            if (src.Columns.GetValueOrDefault(name) is { } mapped)
                context.ReportWithHint(DiagnosticDescriptors.UnmappedColumn, source, at.Value.Span, $"write `at {mapped}`",
                    $"`{name}` is a column of `{src.FileName}`, not a field of source `{src.Name}`: it is read into the field `{mapped}`");
            else
                context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, at.Value.Span,
                    Suggestions.DidYouMean(name, src.Fields.Keys), $"unknown field `{name}` of source `{src.Name}`");
            return;
        }
    }

    private static void BindRated(CheckContext context, ExpressionBinder binder, RatedDeclaration rated, SourceText source)
    {
        var facts = new MeasureFacts(new Located<NamedDeclaration>(rated, source));
        context.Measures[rated] = facts;
        if (rated.Items.OfType<WordSetting>().FirstOrDefault(w => w.Keyword == "scale") is { } scaleName
            && context.Symbols.Scales.TryGetValue(scaleName.Value.Text, out var scale))
        {
            var levels = scale.Node.Items.OfType<ScaleLevel>().Select(l => l.Level.Value).ToList();
            if (levels.Count > 0) facts.ScaleBounds = new Bounds(levels.Min(), levels.Max());
        }
        foreach (var from in rated.Items.OfType<FromItem>())
        {
            NameScope rows = new OpaqueNames();
            if (context.Symbols.Sources.TryGetValue(from.Source.Text, out var src))
            {
                rows = new RowNames(src);
                facts.Sources.Add(src);
            }
            else
                context.ReportWithHint(DiagnosticDescriptors.UnknownName, source, from.Source.Span,
                    Suggestions.DidYouMean(from.Source.Text, context.Symbols.Sources.Keys), $"unknown source `{from.Source.Text}`");
            if (from.Where is { } where)
                binder.RequireCondition(where, binder.Bind(where, rows), "a `where` condition");
        }
    }

    private static void CheckAnswerMaps(CheckContext context, ExpressionBinder binder, SourceDeclaration src, SourceText source)
    {
        foreach (var field in src.Items.OfType<FieldItem>())
        {
            if (field.Map is not { } map) continue;
            var fieldType = ScoreTypeWords.FromFieldType(field.Type.Text);
            foreach (var mapping in map)
            {
                var info = binder.Bind(mapping.To, new OpaqueNames());
                var fits = info.Type == ScoreType.Unknown || info.Type == ScoreType.None || fieldType switch
                {
                    ScoreType.Int => info.Type == ScoreType.Int,
                    ScoreType.Number => info.Type.IsNumeric(),
                    ScoreType.DateTime => info.Type.IsTime(),
                    _ => info.Type == fieldType,
                };
                if (!fits)
                    context.Report(DiagnosticDescriptors.TypeMismatch, source, mapping.To.Span,
                        $"field `{field.Field.Text}` is {fieldType.Describe()}, but the answer \"{mapping.From.Value}\" is mapped to `{Wording.Snippet(source, mapping.To.Span)}`, which is {info.Type.Describe()}");
            }
        }
    }
}
