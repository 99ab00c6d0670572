using NodaTime;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Testing.Running;

/// <summary>
/// Evaluates <c>expect</c> lines over a test's results. Names such as <c>alice.csat.score</c> are resolved by
/// <see cref="ResultMembers"/> and replaced by their values; the rest is evaluated by the engine's
/// <see cref="ExpressionEvaluator"/>. A duration written against a metric in hours or days (<c>alice.mttr &lt;= 8 hours</c>)
/// is taken in the metric's unit; against anything else in minutes, as in the rules.
/// </summary>
internal sealed class ExpectationEvaluator(ResultMembers members)
{
    private readonly Dictionary<Expr, ResultMembers.Value> _resolved = new(ReferenceEqualityComparer.Instance);

    /// <summary>The outcome of <paramref name="expectation"/>, written as <paramref name="text"/>.</summary>
    public ExpectationResult Evaluate(ExpectationModel expectation, string text)
    {
        var location = expectation.Location.ToString();
        try
        {
            if (expectation.Approximately is { } expected)
                return Approximately(expectation, Rewrite(expectation.Condition), Rewrite(expected), text, location);
            var condition = Rewrite(expectation.Condition);
            return condition is BinaryExpr b && b.Operator.IsComparison() && expectation.Condition is BinaryExpr original
                ? Comparison(b, original, text, location)
                : Condition(condition, text, location);
        }
        catch (ExpectationException e)
        {
            return new ExpectationResult(text, location, false, null, null, null, e.Message);
        }
        catch (EvaluationException e)
        {
            return new ExpectationResult(text, location, false, null, null, null, e.Message);
        }
    }

    private ExpectationResult Approximately(ExpectationModel e, Expr actualExpr, Expr expectedExpr, string text, string location)
    {
        expectedExpr = InUnitOf(actualExpr, expectedExpr);
        var asPercent = IsPercent(actualExpr) || IsPercent(expectedExpr);
        var actual = Number(Evaluate(actualExpr), "the value before ≈");
        var expected = Number(Evaluate(expectedExpr), "the value after ≈") ?? throw new ExpectationException("the value after ≈ is empty; write a number");
        var tolerance = e.Tolerance ?? 0m;
        var allowed = e.RelativeTolerance ? Math.Abs(expected) * tolerance : tolerance;
        var expectedText = TestValues.Show(expected, asPercent) + " ± " + (e.RelativeTolerance
            ? $"{TestValues.Number(tolerance * 100m)}% (±{TestValues.Show(allowed, asPercent)})"
            : TestValues.Show(tolerance, asPercent));
        if (actual is not { } a)
            return new ExpectationResult(text, location, false, expectedText, "no data", null,
                $"{Describe(e.Condition)} has no data, so it cannot be ≈ {TestValues.Show(expected, asPercent)}");
        var difference = a - expected;
        return new ExpectationResult(text, location, Math.Abs(difference) <= allowed, expectedText, TestValues.Show(a, asPercent),
            TestValues.Show(difference, asPercent), null);
    }

    private ExpectationResult Comparison(BinaryExpr b, BinaryExpr original, string text, string location)
    {
        var op = b.Operator.ToCompareOp();
        var asPercent = IsPercent(b.Left) || IsPercent(b.Right);
        // `none` as written, not a value that resolved to no data
        if (original.Right is ConstantExpr { Value: null } || original.Left is ConstantExpr { Value: null })
        {
            var valueSide = original.Right is ConstantExpr { Value: null } ? b.Left : b.Right;
            var value = Evaluate(valueSide);
            var wantNone = b.Operator == BinaryOperator.Equal;
            if (b.Operator is not (BinaryOperator.Equal or BinaryOperator.NotEqual))
                throw new ExpectationException($"`{op.ToSymbol()} none` cannot be decided; compare with none by == or !=");
            return new ExpectationResult(text, location, (value is null) == wantNone, wantNone ? "no data" : "a value (not no data)",
                TestValues.Show(value, asPercent), null, null);
        }
        var left = Evaluate(b.Left);
        var right = Evaluate(b.Right);
        var expectedText = (op == CompareOp.Equal ? "" : op.ToSymbol() + " ") + TestValues.Show(right, asPercent);
        if (left is null || right is null)
        {
            var (empty, other) = left is null ? (original.Left, right) : (original.Right, left);
            var message = other is null
                ? "both sides have no data, so they cannot be compared; to expect no data write `== none`"
                : $"{Describe(empty)} has no data, so it cannot be compared with {ExpressionEvaluator.Describe(other)}; to expect no data write `== none`";
            return new ExpectationResult(text, location, false, expectedText, TestValues.Show(left, asPercent), null, message);
        }
        var holds = ExpressionEvaluator.Evaluate(b with { Left = Constant(left, b.Left), Right = Constant(right, b.Right) }, NoContext.Instance) is true;
        var difference = (left, right) switch
        {
            (decimal l, decimal r) => TestValues.Show(l - r, asPercent),
            (Duration l, Duration r) => TestValues.Show(l - r, false),
            (decimal l, Duration r) => TestValues.Show(l - (decimal)r.TotalMinutes, false),
            _ => null,
        };
        return new ExpectationResult(text, location, holds, expectedText, TestValues.Show(left, asPercent), difference, null);
    }

    private ExpectationResult Condition(Expr condition, string text, string location)
    {
        var value = Evaluate(condition);
        return value switch
        {
            bool b => new ExpectationResult(text, location, b, "true", TestValues.Show(b, false), null, null),
            null => new ExpectationResult(text, location, false, "true", "no data", null,
                "the condition has no data, so it is neither true nor false; to expect no data write `== none`"),
            _ => new ExpectationResult(text, location, false, "true", TestValues.Show(value, IsPercent(condition)), null,
                $"an expectation is a condition (true or false), but this is {ExpressionEvaluator.Describe(value)}; compare it, e.g. `== 5`"),
        };
    }

    private object? Evaluate(Expr expr) => ExpressionEvaluator.Evaluate(expr, NoContext.Instance);

    private static decimal? Number(object? value, string what) => value switch
    {
        null => null,
        decimal d => d,
        Duration d => (decimal)d.TotalMinutes,
        _ => throw new ExpectationException($"{what} must be a number, but it is {ExpressionEvaluator.Describe(value)}"),
    };

    /// <summary>Replaces each <c>person.member…</c> by a constant holding its value.</summary>
    private Expr Rewrite(Expr expr)
    {
        switch (expr)
        {
            case MemberExpr or NameRef { Kind: NameKind.Other }:
                {
                    var (person, path) = Chain(expr);
                    var value = members.Resolve(person, path);
                    var constant = new ConstantExpr(value.Content, value.IsPercent, expr.Location);
                    _resolved[constant] = value;
                    return constant;
                }
            case NameRef n:
                throw new ExpectationException($"`{n.Name}` alone does not say whose value it is; write PERSON.{n.Name}, e.g. alice.{n.Name}");
            case AggregateExpr:
                throw new ExpectationException("an aggregation over data cannot be used in expect; name a result, e.g. alice.csat");
            case BinaryExpr b:
                {
                    var left = Rewrite(b.Left);
                    var right = Rewrite(b.Right);
                    return b with { Left = InUnitOf(right, left), Right = InUnitOf(left, right) };
                }
            case UnaryExpr u: return u with { Operand = Rewrite(u.Operand) };
            case InExpr i: return i with { Value = Rewrite(i.Value), Items = i.Items.Select(Rewrite).ToList() };
            case CallExpr c: return c with { Arguments = c.Arguments.Select(Rewrite).ToList() };
            default: return expr;
        }
    }

    private static (string Person, IReadOnlyList<string> Members) Chain(Expr expr)
    {
        var path = new List<string>();
        while (expr is MemberExpr m)
        {
            path.Insert(0, m.Member);
            expr = m.Target;
        }
        return expr is NameRef root
            ? (root.Name, path)
            : throw new ExpectationException($"`.{path[0]}` must follow a person's id, as in alice.{path[0]}");
    }

    /// <summary><paramref name="other"/> as a number in the unit of <paramref name="resolved"/> when it is a duration and that a metric in hours or days.</summary>
    private Expr InUnitOf(Expr resolved, Expr other)
    {
        if (other is not ConstantExpr { Value: TimeSpan span } c || !_resolved.TryGetValue(resolved, out var value)) return other;
        decimal? inUnit = value.Unit switch
        {
            "hours" => (decimal)span.TotalHours,
            "days" => (decimal)span.TotalDays,
            _ => null,
        };
        return inUnit is { } v ? c with { Value = v } : other;
    }

    private bool IsPercent(Expr expr) => expr is ConstantExpr { IsPercent: true } || _resolved.TryGetValue(expr, out var v) && v.IsPercent;

    private ConstantExpr Constant(object value, Expr like) => new(value is Duration d ? d.ToTimeSpan() : value, IsPercent(like), like.Location);

    private static string Describe(Expr expr) => expr switch
    {
        MemberExpr or NameRef => string.Join('.', Names(expr)),
        _ => "the value",
    };

    private static IEnumerable<string> Names(Expr expr) => expr switch
    {
        MemberExpr m => Names(m.Target).Append(m.Member),
        NameRef n => [n.Name],
        _ => ["…"],
    };

    /// <summary>Expectations see no rows, names or context functions: everything they name was resolved before.</summary>
    private sealed class NoContext : IExpressionContext
    {
        public static NoContext Instance { get; } = new();

        public object? Resolve(NameRef name) => throw new EvaluationException($"`{name.Name}` has no value here", name.Location);

        public object? Aggregate(AggregateExpr aggregate) =>
            throw new EvaluationException("an aggregation over data cannot be used in expect", aggregate.Location);

        public bool TryCall(string function, IReadOnlyList<object?> arguments, IReadOnlyList<Expr> argumentExpressions, RuleLocation location, out object? result)
        {
            result = null;
            return false;
        }
    }
}
