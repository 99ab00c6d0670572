using System.Runtime.CompilerServices;
using System.Globalization;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Runs an aggregation over the current person's rows of a source in the current period.
/// Rows not matching <c>where</c> and rows whose value is empty are skipped and counted by reason.
/// Any aggregation over no values is "no data" (null), never 0.
/// </summary>
internal static class AggregateEvaluator
{
    /// <summary>Skip reason for rows the <c>where</c> condition leaves out.</summary>
    public const string NotMatchingWhere = "not matching the where condition";

    /// <summary>Skip reason for rows whose value is empty.</summary>
    public const string EmptyValue = "empty value";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static object? Evaluate(AggregateExpr a, PersonContext context, EvaluationInput input, out AggregateTrace trace)
    {
        if (!input.Tables.TryGetValue(a.Source, out var table))
            throw new EvaluationException($"the data of source `{a.Source}` was not loaded", a.Location);
        var atField = context.AtOverride is { } at && table.FieldIndex(at) >= 0 ? at : table.Source.AtField;
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Skip(string reason) => skipped[reason] = skipped.GetValueOrDefault(reason) + 1;

        var rows = context.RowsInPeriod(table, atField);
        var compiled = input.RowExpressions;
        var where = a.Where is null ? null : compiled.For(a.Where, table);
        var first = a.Arguments.Count > 0 ? compiled.For(a.Arguments[0], table) : null;
        var second = a.Arguments.Count > 1 ? compiled.For(a.Arguments[1], table) : null;
        var values = new List<decimal>(a.Function is "count" or "share" or "ratio" or "distinct" ? 0 : rows.Count);
        var distinct = new HashSet<object>();
        int inPeriod = 0, used = 0, trueCount = 0;
        decimal numerator = 0, denominator = 0;
        var saved = context.CurrentRow;
        try
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows.PositionAt(r);
                inPeriod++;
                context.CurrentRow = (table, row);
                if (where is not null && ExpressionEvaluator.AsCondition(where(context, row), a.Where!) != true) { Skip(NotMatchingWhere); continue; }
                switch (a.Function)
                {
                    case "count" when a.Arguments.Count == 0:
                        used++;
                        break;
                    case "count":
                        if (first!(context, row) is null) Skip(EmptyValue); else used++;
                        break;
                    case "share":
                        var holds = ExpressionEvaluator.AsCondition(Argument(first, a, 0)(context, row), a.Arguments[0]);
                        if (holds is null) { Skip(EmptyValue); break; }
                        used++;
                        if (holds == true) trueCount++;
                        break;
                    case "ratio":
                        var n = ExpressionEvaluator.ToNumber(Argument(first, a, 0)(context, row), a.Location);
                        var d = ExpressionEvaluator.ToNumber(Argument(second, a, 1)(context, row), a.Location);
                        if (n is null || d is null) { Skip(EmptyValue); break; }
                        used++;
                        numerator += n.Value;
                        denominator += d.Value;
                        break;
                    case "distinct":
                        var v = Argument(first, a, 0)(context, row);
                        if (v is null) { Skip(EmptyValue); break; }
                        used++;
                        distinct.Add(v);
                        break;
                    default:
                        var x = ExpressionEvaluator.ToNumber(Argument(first, a, 0)(context, row), a.Location);
                        if (x is null) { Skip(EmptyValue); break; }
                        used++;
                        values.Add(x.Value);
                        break;
                }
            }
        }
        finally
        {
            context.CurrentRow = saved;
        }

        trace = new AggregateTrace(a.Source, atField, inPeriod, used, skipped) { BadData = context.BadDataInPeriod(table, atField) };
        if (used == 0) return null;
        return a.Function switch
        {
            "count" => (decimal)used,
            "share" => Aggregations.Share(trueCount, used),
            "ratio" => Aggregations.Ratio(numerator, denominator, used),
            "distinct" => (decimal)distinct.Count,
            "sum" => Aggregations.Sum(values),
            "mean" or "avg" => Aggregations.Mean(values),
            "median" => Aggregations.Median(values),
            "min" => Aggregations.Min(values),
            "max" => Aggregations.Max(values),
            _ when PercentileOf(a.Function) is { } p => Aggregations.Percentile(values, p),
            _ => throw new EvaluationException($"unknown aggregation `{a.Function}`; use count, sum, mean, median, min, max, p90 (any pNN), share, ratio or distinct", a.Location),
        };
    }

    /// <summary>The percentile of a function name such as <c>p90</c>, or null.</summary>
    public static decimal? PercentileOf(string function) =>
        function.Length > 1 && function[0] == 'p' && decimal.TryParse(function[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 100 ? p : null;

    private static RowExpression Argument(RowExpression? compiled, AggregateExpr a, int index) =>
        compiled ?? throw new EvaluationException($"`{a.Function}` needs {index + 1} argument(s)", a.Location);
}
