using System.Runtime.CompilerServices;
using NodaTime;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Evaluates bound expressions. Values are null (empty), decimal, string, bool, <see cref="LocalDate"/>,
/// <see cref="Instant"/> or <see cref="Duration"/>. Empty propagates: an operation with an empty operand is
/// empty, except <c>== none</c> / <c>!= none</c>, <c>and</c>/<c>or</c> (three-valued, as in SQL) and <c>not</c>.
/// A date written in the rules (<c>2026-03-31</c>) is a <see cref="LocalDate"/>; a date-time compared with a
/// date is compared by its local date in <see cref="IExpressionContext.Zone"/>, so <c>created &lt;= 2026-03-31</c>
/// holds all through 31 March.
/// </summary>
public static class ExpressionEvaluator
{
    /// <summary>Evaluates <paramref name="expr"/> in <paramref name="context"/>.</summary>
    /// <exception cref="EvaluationException">Operands of the wrong type, division by zero is not an error (empty).</exception>
    public static object? Evaluate(Expr expr, IExpressionContext context) => expr switch
    {
        ConstantExpr c => ConstantValue(c),
        NameRef n => context.Resolve(n),
        AggregateExpr a => context.Aggregate(a),
        CallExpr c => Call(c, context),
        UnaryExpr u => Unary(u, context),
        BinaryExpr b => Binary(b, context),
        InExpr i => In(i, context),
        MemberExpr m => throw new EvaluationException($"`.{m.Member}` can only be used in a test's expect", m.Location),
        _ => throw new EvaluationException("this expression cannot be evaluated", expr.Location),
    };

    /// <summary>Evaluates a condition: true, false, or null when it cannot be decided (an empty operand).</summary>
    public static bool? Condition(Expr expr, IExpressionContext context) => AsCondition(Evaluate(expr, context), expr);

    /// <summary>The value of <paramref name="expr"/> as a condition: true, false or null.</summary>
    /// <exception cref="EvaluationException">The value is not a yes/no value.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool? AsCondition(object? value, Expr expr) => value switch
    {
        null => null,
        bool b => b,
        var other => throw new EvaluationException($"expected a yes/no condition, found {Describe(other)}", expr.Location),
    };

    /// <summary>The value of a constant written in the rules, in the evaluator's types.</summary>
    internal static object? ConstantValue(ConstantExpr c) => c.Value switch
    {
        TimeSpan ts => Duration.FromTimeSpan(ts),
        DateOnly d => LocalDate.FromDateOnly(d),
        var v => v,
    };

    /// <summary>A value as a number: decimals as they are, durations in minutes; null stays null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static decimal? ToNumber(object? value, RuleLocation location) => value switch
    {
        null => null,
        decimal d => d,
        Duration d => (decimal)d.TotalMinutes,
        bool b => throw new EvaluationException($"expected a number, found the yes/no value {(b ? "true" : "false")}", location),
        var other => throw new EvaluationException($"expected a number, found {Describe(other)}", location),
    };

    private static object? Unary(UnaryExpr u, IExpressionContext context) => Unary(u, Evaluate(u.Operand, context));

    /// <summary>Applies <paramref name="u"/>'s operator to its operand's <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static object? Unary(UnaryExpr u, object? value)
    {
        if (u.Operator == UnaryOperator.Not)
            return value switch { null => null, bool b => Box(!b), _ => throw new EvaluationException($"`not` needs a yes/no value, found {Describe(value)}", u.Location) };
        return value switch
        {
            null => null,
            decimal d => -d,
            Duration d => -d,
            _ => throw new EvaluationException($"cannot negate {Describe(value)}", u.Location),
        };
    }

    private static object? Binary(BinaryExpr b, IExpressionContext context)
    {
        if (b.Operator is BinaryOperator.And or BinaryOperator.Or) return Logical(b, context);
        var left = Evaluate(b.Left, context);
        var right = Evaluate(b.Right, context);
        return Binary(b, left, right, context.Zone);
    }

    /// <summary>Applies <paramref name="b"/>'s operator (not <c>and</c>/<c>or</c>) to its operands' values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static object? Binary(BinaryExpr b, object? left, object? right, DateTimeZone zone)
    {
        if (b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual && (b.Left is ConstantExpr { Value: null } || b.Right is ConstantExpr { Value: null }))
        {
            var isEmpty = (b.Left is ConstantExpr { Value: null } ? right : left) is null;
            return Box(b.Operator == BinaryOperator.Equal ? isEmpty : !isEmpty);
        }
        if (left is null || right is null) return null;
        if (b.Operator.IsComparison()) return Box(Compare(b, left, right, zone));
        return Arithmetic(b, left, right);
    }

    private static object? Logical(BinaryExpr b, IExpressionContext context)
    {
        var left = Condition(b.Left, context);
        if (Decides(b.Operator, left) is { } decided) return decided;
        var right = Condition(b.Right, context);
        return Logical(b.Operator, left, right);
    }

    /// <summary>
    /// <c>and</c>/<c>or</c> of both sides, three-valued; the right side is only evaluated when the left one does not decide
    /// (see <see cref="Decides"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static object? Logical(BinaryOperator op, bool? left, bool? right) =>
        op == BinaryOperator.And
            ? (right == false ? False : left is null || right is null ? null : True)
            : (right == true ? True : left is null || right is null ? null : False);

    /// <summary>The value of <c>and</c>/<c>or</c> when its left side alone decides it (false and …, true or …), else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static object? Decides(BinaryOperator op, bool? left) =>
        op == BinaryOperator.And && left == false ? False
        : op == BinaryOperator.Or && left == true ? True
        : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Compare(BinaryExpr b, object left, object right, DateTimeZone zone)
    {
        var op = b.Operator.ToCompareOp();
        int order;
        switch (left, right)
        {
            case (decimal l, decimal r): order = l.CompareTo(r); break;
            case (Duration l, Duration r): order = l.CompareTo(r); break;
            case (Duration l, decimal r): order = ((decimal)l.TotalMinutes).CompareTo(r); break;
            case (decimal l, Duration r): order = l.CompareTo((decimal)r.TotalMinutes); break;
            case (Instant l, Instant r): order = l.CompareTo(r); break;
            case (LocalDate l, LocalDate r): order = l.CompareTo(r); break;
            case (Instant l, LocalDate r): order = l.InZone(zone).Date.CompareTo(r); break;
            case (LocalDate l, Instant r): order = l.CompareTo(r.InZone(zone).Date); break;
            case (string l, string r) when op is CompareOp.Equal or CompareOp.NotEqual:
                return (string.Equals(l, r, StringComparison.Ordinal)) == (op == CompareOp.Equal);
            case (bool l, bool r) when op is CompareOp.Equal or CompareOp.NotEqual:
                return (l == r) == (op == CompareOp.Equal);
            default:
                throw new EvaluationException($"cannot compare {Describe(left)} with {Describe(right)} using `{op.ToSymbol()}`", b.Location);
        }
        return op.Holds(order, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static object Arithmetic(BinaryExpr b, object left, object right)
    {
        switch (b.Operator, left, right)
        {
            case (BinaryOperator.Add, decimal l, decimal r): return l + r;
            case (BinaryOperator.Subtract, decimal l, decimal r): return l - r;
            case (BinaryOperator.Multiply, decimal l, decimal r): return l * r;
            case (BinaryOperator.Divide, decimal l, decimal r):
                if (r == 0) throw new EvaluationException("division by zero", b.Location);
                return l / r;
            case (BinaryOperator.Subtract, Instant l, Instant r): return l - r;
            case (BinaryOperator.Add, Instant l, Duration r): return l + r;
            case (BinaryOperator.Subtract, Instant l, Duration r): return l - r;
            case (BinaryOperator.Subtract, LocalDate l, LocalDate r): return Duration.FromDays(Period.Between(r, l, PeriodUnits.Days).Days);
            case (BinaryOperator.Add, LocalDate l, Duration r): return l.PlusDays((int)r.TotalDays);
            case (BinaryOperator.Add, Duration l, Duration r): return l + r;
            case (BinaryOperator.Subtract, Duration l, Duration r): return l - r;
            case (BinaryOperator.Multiply, Duration l, decimal r): return l * (double)r;
            case (BinaryOperator.Divide, Duration l, decimal r) when r != 0: return l / (double)r;
            default:
                throw new EvaluationException($"cannot use `{b.Operator.ToSymbol()}` on {Describe(left)} and {Describe(right)}", b.Location);
        }
    }

    private static object? In(InExpr i, IExpressionContext context)
    {
        var value = Evaluate(i.Value, context);
        if (value is null) return null;
        foreach (var item in i.Items)
            if (Equals(Evaluate(item, context), value)) return True;
        return False;
    }

    private static object? Call(CallExpr c, IExpressionContext context)
    {
        var args = new object?[c.Arguments.Count];
        for (var i = 0; i < args.Length; i++)
            args[i] = c.Arguments[i] is NameRef { Kind: NameKind.Calendar } n ? n.Name : Evaluate(c.Arguments[i], context);
        return Call(c, args, context);
    }

    /// <summary>Calls <paramref name="c"/>'s function with its arguments' values (a calendar argument is its name).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static object? Call(CallExpr c, object?[] args, IExpressionContext context)
    {
        if (context.TryCall(c.Function, args, c.Arguments, c.Location, out var result)) return result;
        return PureFunctions.Call(c.Function, args, c.Location);
    }

    // Conditions are evaluated for every row: one shared box for each answer instead of a new one each time.
    internal static readonly object True = true;
    internal static readonly object False = false;

    internal static object Box(bool value) => value ? True : False;

    /// <summary>A value described for messages: "the number 4.5", "the text \"abc\"", ….</summary>
    public static string Describe(object? value) => value switch
    {
        null => "an empty value",
        decimal d => $"the number {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        string s => $"the text \"{s}\"",
        bool b => $"the yes/no value {(b ? "true" : "false")}",
        Instant i => $"the time {i}",
        LocalDate d => $"the date {d:yyyy-MM-dd}",
        Duration d => $"the duration {d.TotalMinutes:0.##} minutes",
        _ => value.ToString() ?? "a value",
    };
}
