using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>Evaluates a metric's value for one person and period, with its trace.</summary>
internal static class MetricEvaluator
{
    public static MetricValue Evaluate(MetricModel metric, PersonContext context)
    {
        if (metric.CSharpValue is not null && metric.Value is null) return CSharpFormulaRunner.Value(metric, context);
        if (metric.Value is null)
            return new MetricValue(null, ValueStatus.Error, null, "the metric has no value formula");
        var saved = context.AtOverride;
        context.AtOverride = metric.AtField;
        try
        {
            AggregateTrace? trace = null;
            object? raw;
            if (metric.Value is AggregateExpr top)
                raw = AggregateEvaluator.Evaluate(top, context, context.Input, out trace);
            else
                raw = ExpressionEvaluator.Evaluate(metric.Value, context);
            var value = ExpressionEvaluator.ToNumber(raw, metric.Value.Location);
            return new MetricValue(value, value is null ? ValueStatus.NoData : ValueStatus.Ok, trace, null);
        }
        catch (EvaluationException e)
        {
            return new MetricValue(null, ValueStatus.Error, null, $"{e.Location}: {e.Message}");
        }
        finally
        {
            context.AtOverride = saved;
        }
    }
}
