using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>What an expression can see besides its operators: row fields, named values, aggregations and context functions.</summary>
public interface IExpressionContext
{
    /// <summary>The value of a bare name (a field of the current row, a metric value, a calendar …); null when empty.</summary>
    /// <exception cref="EvaluationException">The name means nothing here.</exception>
    object? Resolve(NameRef name);

    /// <summary>The value of an aggregation over the current person's rows in the current period; null for no data.</summary>
    object? Aggregate(AggregateExpr aggregate);

    /// <summary>
    /// Calls a function that needs more than its arguments (work_minutes, change, …). Returns false when
    /// <paramref name="function"/> is not such a function, so the evaluator tries its pure functions.
    /// </summary>
    bool TryCall(string function, IReadOnlyList<object?> arguments, IReadOnlyList<Expr> argumentExpressions, RuleLocation location, out object? result);

    /// <summary>
    /// The zone in which a date-time is compared with a date (<c>created &lt;= 2026-03-31</c> compares the
    /// local date of <c>created</c>): the policy's zone. UTC unless the context says otherwise.
    /// </summary>
    DateTimeZone Zone => DateTimeZone.Utc;
}
