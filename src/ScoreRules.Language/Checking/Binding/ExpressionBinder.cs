using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Binding;

/// <summary>
/// Resolves the names of an expression, infers its type, unit and range, and reports unknown names
/// (SR2001), columns that are not fields (SR2012), type errors (SR2013) and unit clashes (SR2014).
/// Total: every expression gets an <see cref="ExprInfo"/>; after an error the part is
/// <see cref="ScoreType.Unknown"/> so one mistake gives one diagnostic.
/// </summary>
internal sealed partial class ExpressionBinder(CheckContext context, SourceText source)
{
    private readonly List<SourceInfo> _aggregated = [];

    /// <summary>The sources aggregated over by the expressions bound so far.</summary>
    public IReadOnlyList<SourceInfo> AggregatedSources => _aggregated;

    private SymbolTable Symbols => context.Symbols;

    /// <summary>Binds <paramref name="expression"/> with names taken from <paramref name="scope"/>.</summary>
    public ExprInfo Bind(Expression expression, NameScope scope) => expression switch
    {
        NumberExpression n => new ExprInfo(n.IsPercent || n.Value != decimal.Truncate(n.Value) ? ScoreType.Number : ScoreType.Int,
            n.IsPercent ? new Unit(UnitKind.Ratio, "a percentage") : Unit.Plain, new Bounds(n.Value, n.Value)),
        DurationExpression d => new ExprInfo(ScoreType.Duration, Unit.FromWord(d.Unit, "a duration") ?? Unit.Unknown, new Bounds(d.Amount, d.Amount)),
        StringExpression => ExprInfo.Of(ScoreType.Text),
        DateExpression => ExprInfo.Of(ScoreType.Date),
        BooleanExpression => ExprInfo.Of(ScoreType.Bool),
        NoneExpression => ExprInfo.Of(ScoreType.None),
        ParenthesizedExpression p => Bind(p.Inner, scope),
        NameExpression name => BindName(name, scope),
        MemberExpression member => BindMember(member),
        UnaryExpression unary => BindUnary(unary, scope),
        BinaryExpression binary => BindBinary(binary, scope),
        InExpression inList => BindIn(inList, scope),
        AggregateExpression aggregate => BindAggregate(aggregate, scope),
        CallExpression call => BindCall(call, scope),
        _ => ExprInfo.Unknown,
    };

    /// <summary>Reports SR2013 unless <paramref name="info"/> is a condition (bool).</summary>
    /// <param name="expression">The condition.</param>
    /// <param name="info">What binding found.</param>
    /// <param name="role">What the condition is, e.g. "a `where` condition".</param>
    public void RequireCondition(Expression expression, ExprInfo info, string role)
    {
        if (info.Type is ScoreType.Bool or ScoreType.Unknown) return;
        var text = Text(expression);
        var hint = info.Type.IsNumeric() ? $"compare it with something, e.g. `{text} > 0`" : null;
        context.ReportWithHint(DiagnosticDescriptors.TypeMismatch, source, expression.Span, hint,
            $"{role} must be true or false, but `{text}` is {info.Type.Describe()}");
    }

    /// <summary>Reports SR2013 unless <paramref name="info"/> is a number.</summary>
    /// <param name="expression">The value.</param>
    /// <param name="info">What binding found.</param>
    /// <param name="role">What the value is, e.g. "the value of metric `fcr`".</param>
    public void RequireNumber(Expression expression, ExprInfo info, string role)
    {
        if (info.Type.IsNumeric() || info.Type == ScoreType.Unknown) return;
        var text = Text(expression);
        var hint = info.Type == ScoreType.Bool ? "a condition is not a number; to get the share of rows where it holds use `share(condition) over source`" : null;
        context.ReportWithHint(DiagnosticDescriptors.TypeMismatch, source, expression.Span, hint,
            $"{role} must be a number, but `{text}` is {info.Type.Describe()}");
    }

    private string Text(SyntaxNode node) => Wording.Snippet(source, node.Span);

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, string message, string? hint = null) =>
        context.ReportWithHint(descriptor, source, span, hint, message);

    // ---------------------------------------------------------------- names

    private ExprInfo BindName(NameExpression name, NameScope scope) => scope switch
    {
        RowNames row => BindField(name, row.Source),
        RosterNames => BindPersonAttribute(name),
        MeasureNames => BindMeasure(name),
        _ => ExprInfo.Unknown,
    };

    private ExprInfo BindField(NameExpression name, SourceInfo src)
    {
        if (src.Fields.TryGetValue(name.Name, out var field)) return ExprInfo.Of(field.Type);
        if (src.Columns.TryGetValue(name.Name, out var mappedTo))
        {
            if (mappedTo is not null)
                Report(DiagnosticDescriptors.UnmappedColumn, name.Span,
                    $"`{name.Name}` is a column of `{src.FileName}`, not a field of source `{src.Name}`: it is read into the field `{mappedTo}`",
                    $"write `{mappedTo}`");
            else
                Report(DiagnosticDescriptors.UnmappedColumn, name.Span,
                    $"column `{name.Name}` of `{src.FileName}` is used but not mapped to a field of source `{src.Name}`",
                    $"add a field with the column's type to source `{src.Name}`, e.g. `{name.Name}: number = {name.Name}`");
            return ExprInfo.Unknown;
        }
        Report(DiagnosticDescriptors.UnknownName, name.Span, $"unknown field `{name.Name}` of source `{src.Name}`",
            Suggestions.DidYouMean(name.Name, src.Fields.Keys) ?? $"the fields of `{src.Name}` are {Wording.List(src.Fields.Keys.Select(k => $"`{k}`"))}");
        return ExprInfo.Unknown;
    }

    private ExprInfo BindPersonAttribute(NameExpression name)
    {
        var rosters = Symbols.Rosters.ToList();
        foreach (var roster in rosters)
            if (roster.Fields.TryGetValue(name.Name, out var field)) return ExprInfo.Of(field.Type);
        var hint = rosters.Count == 0
            ? "a scorecard's `for` tests the fields of a source without `at` that lists people, e.g. `role` in `source people`; no such source is declared or imported"
            : Suggestions.DidYouMean(name.Name, rosters.SelectMany(r => r.Fields.Keys));
        Report(DiagnosticDescriptors.UnknownName, name.Span, $"unknown person attribute `{name.Name}`", hint);
        return ExprInfo.Unknown;
    }

    private ExprInfo BindMeasure(NameExpression name)
    {
        if (Symbols.Measures.TryGetValue(name.Name, out var measure)) return MeasureValue(measure.Node);
        var owner = Symbols.Sources.Values.FirstOrDefault(s => s.Fields.ContainsKey(name.Name) && name.Name is not ("person" or "at"));
        var hint = owner is not null
            ? $"`{name.Name}` is a field of source `{owner.Name}`; fields are used inside an aggregation, e.g. `mean({name.Name}) over {owner.Name}`"
            : Suggestions.DidYouMean(name.Name, Symbols.Measures.Keys);
        Report(DiagnosticDescriptors.UnknownName, name.Span, $"unknown metric `{name.Name}`", hint);
        return ExprInfo.Unknown;
    }

    private static ExprInfo MeasureValue(NamedDeclaration measure)
    {
        if (measure is not MetricDeclaration metric) return new ExprInfo(ScoreType.Number, new Unit(UnitKind.Other), Bounds.All);
        var unitItem = metric.Items.OfType<WordSetting>().FirstOrDefault(w => w.Keyword == "unit");
        var unit = unitItem is null ? Unit.Unknown
            : unitItem.Value.Quoted ? new Unit(UnitKind.Other)
            : Unit.FromWord(unitItem.Value.Text, $"metric `{metric.Id.Text}` has `unit {unitItem.Value.Text}`") ?? Unit.Unknown;
        return new ExprInfo(ScoreType.Number, unit, Bounds.All);
    }

    private ExprInfo BindMember(MemberExpression member)
    {
        Report(DiagnosticDescriptors.TypeMismatch, member.Span,
            $"`{Text(member)}` names a person's result, which only a test's `expect` may use");
        return ExprInfo.Unknown;
    }

    // ---------------------------------------------------------------- operators

    private ExprInfo BindUnary(UnaryExpression unary, NameScope scope)
    {
        var operand = Bind(unary.Operand, scope);
        if (unary.Operator == UnaryOperator.Not)
        {
            if (operand.Type is not (ScoreType.Bool or ScoreType.Unknown))
                Report(DiagnosticDescriptors.TypeMismatch, unary.Operand.Span,
                    $"`not` needs a condition (true/false), but `{Text(unary.Operand)}` is {operand.Type.Describe()}");
            return ExprInfo.Of(ScoreType.Bool);
        }
        if (!operand.Type.IsNumeric() && operand.Type != ScoreType.Unknown)
        {
            Report(DiagnosticDescriptors.TypeMismatch, unary.Operand.Span,
                $"`-` needs a number, but `{Text(unary.Operand)}` is {operand.Type.Describe()}");
            return ExprInfo.Unknown;
        }
        return operand with { Bounds = new Bounds(-operand.Bounds.Max, -operand.Bounds.Min) };
    }

    private ExprInfo BindBinary(BinaryExpression binary, NameScope scope)
    {
        var left = Bind(binary.Left, scope);
        var right = Bind(binary.Right, scope);
        var op = binary.Operator;
        if (op is BinaryOperator.And or BinaryOperator.Or)
        {
            foreach (var (side, info) in new[] { (binary.Left, left), (binary.Right, right) })
                if (info.Type is not (ScoreType.Bool or ScoreType.Unknown))
                    Report(DiagnosticDescriptors.TypeMismatch, side.Span,
                        $"`{op.ToSymbol()}` joins conditions (true/false), but `{Text(side)}` is {info.Type.Describe()}",
                        info.Type.IsNumeric() ? $"compare it with something, e.g. `{Text(side)} > 0`" : null);
            return ExprInfo.Of(ScoreType.Bool);
        }
        if (op.IsComparison())
        {
            CheckComparable(binary.Left, left, binary.Right, right, op.ToSymbol(), ordering: op is not (BinaryOperator.Equal or BinaryOperator.NotEqual));
            return ExprInfo.Of(ScoreType.Bool);
        }
        return BindArithmetic(binary, left, right);
    }

    private ExprInfo BindArithmetic(BinaryExpression binary, ExprInfo left, ExprInfo right)
    {
        var op = binary.Operator;
        var ok = true;
        foreach (var (side, info) in new[] { (binary.Left, left), (binary.Right, right) })
            if (!info.Type.IsNumeric() && info.Type != ScoreType.Unknown)
            {
                var hint = info.Type.IsTime() && op == BinaryOperator.Subtract
                    ? "for the time between two moments use `minutes(start, end)` or `work_minutes(start, end, calendar)`"
                    : info.Type == ScoreType.Bool ? "a condition is not a number; to get the share of rows where it holds use `share(condition) over source`" : null;
                Report(DiagnosticDescriptors.TypeMismatch, side.Span,
                    $"`{op.ToSymbol()}` needs numbers, but `{Text(side)}` is {info.Type.Describe()}", hint);
                ok = false;
            }
        if (!ok || left.Type == ScoreType.Unknown || right.Type == ScoreType.Unknown)
            return new ExprInfo(ok ? ScoreType.Number : ScoreType.Unknown, Unit.Unknown, Bounds.All);
        var type = left.Type == ScoreType.Int && right.Type == ScoreType.Int && op != BinaryOperator.Divide ? ScoreType.Int : ScoreType.Number;
        Unit unit;
        if (op is BinaryOperator.Add or BinaryOperator.Subtract)
        {
            if (Unit.Conflict(left.Unit, right.Unit))
            {
                Report(DiagnosticDescriptors.UnitMismatch, binary.Span,
                    $"cannot {(op == BinaryOperator.Add ? "add" : "subtract")} {right.Unit.Describe()} {(op == BinaryOperator.Add ? "to" : "from")} {left.Unit.Describe()}: " +
                    $"`{Text(binary.Left)}` is in {left.Unit.Describe()}{Because(left.Unit)} and `{Text(binary.Right)}` is in {right.Unit.Describe()}{Because(right.Unit)}");
                unit = Unit.Unknown;
            }
            else unit = left.Unit.Kind == UnitKind.Plain ? right.Unit : left.Unit;
        }
        else if (op == BinaryOperator.Multiply)
            unit = left.Unit.Kind == UnitKind.Plain ? right.Unit : right.Unit.Kind == UnitKind.Plain ? left.Unit : Unit.Unknown;
        else
            unit = right.Unit.Kind == UnitKind.Plain ? left.Unit
                : left.Unit.IsComparable && left.Unit.Kind == right.Unit.Kind ? new Unit(UnitKind.Ratio, $"`{Text(binary)}` divides {left.Unit.Describe()} by {right.Unit.Describe()}")
                : Unit.Unknown;
        return new ExprInfo(type, unit, Bounds.All);
    }

    private static string Because(Unit unit) => unit.Origin is { } origin ? $" ({origin})" : "";

    private void CheckComparable(Expression leftNode, ExprInfo left, Expression rightNode, ExprInfo right, string symbol, bool ordering)
    {
        if (left.Type == ScoreType.Unknown || right.Type == ScoreType.Unknown) return;
        if (left.Type == ScoreType.None || right.Type == ScoreType.None)
        {
            if (ordering)
                Report(DiagnosticDescriptors.TypeMismatch, (left.Type == ScoreType.None ? leftNode : rightNode).Span,
                    $"`none` (an empty value) can only be tested with `==` or `!=`, not with `{symbol}`");
            return;
        }
        var sameKind = Category(left.Type) == Category(right.Type);
        if (!sameKind)
        {
            var timeVsNumber = left.Type.IsTime() && right.Type.IsNumeric() || right.Type.IsTime() && left.Type.IsNumeric();
            Report(DiagnosticDescriptors.TypeMismatch, rightNode.Span,
                $"`{Text(leftNode)}` is {left.Type.Describe()} and cannot be compared with `{Text(rightNode)}`, which is {right.Type.Describe()}",
                timeVsNumber ? "to compare a time span, use `minutes(start, end)` or `work_minutes(start, end, calendar)`; to compare a moment, use a date such as 2026-03-31" : null);
            return;
        }
        if (ordering && left.Type == ScoreType.Bool)
        {
            Report(DiagnosticDescriptors.TypeMismatch, leftNode.Span.Cover(rightNode.Span),
                $"true/false values cannot be compared with `{symbol}`; use `==` or `!=`");
            return;
        }
        CheckUnitsCompared(leftNode, left, rightNode, right);
    }

    private void CheckUnitsCompared(Expression leftNode, ExprInfo left, Expression rightNode, ExprInfo right)
    {
        // Duration literals convert to any time unit, so `work_minutes(…) > 2 hours` is fine.
        var convertible = left.Unit.IsTime && right.Unit.IsTime && (left.Type == ScoreType.Duration || right.Type == ScoreType.Duration);
        if (Unit.Conflict(left.Unit, right.Unit) && !convertible)
        {
            Report(DiagnosticDescriptors.UnitMismatch, rightNode.Span,
                $"`{Text(leftNode)}` is {UnitPhrase(left.Unit)}{Because(left.Unit)}, but `{Text(rightNode)}` is {UnitPhrase(right.Unit)}{Because(right.Unit)}");
            return;
        }
        foreach (var (ratioNode, ratio, plainNode) in new[] { (leftNode, left, rightNode), (rightNode, right, leftNode) })
            if (ratio.Unit.Kind == UnitKind.Ratio && ratio.Unit.Origin != "a percentage"
                && Unwrap(plainNode) is NumberExpression { IsPercent: false } plain && Math.Abs(plain.Value) > 1m)
            {
                Report(DiagnosticDescriptors.UnitMismatch, plainNode.Span,
                    $"`{Text(ratioNode)}` is a ratio from 0 to 1{Because(ratio.Unit)}, but `{Text(plainNode)}` is a plain number",
                    $"write `{Wording.Number(plain.Value)}%`");
                return;
            }
    }

    private static string UnitPhrase(Unit unit) => unit.IsTime ? $"in {unit.Describe()}" : unit.Describe();

    private static Expression Unwrap(Expression e) => e is ParenthesizedExpression p ? Unwrap(p.Inner)
        : e is UnaryExpression { Operator: UnaryOperator.Negate, Operand: NumberExpression n } neg ? n with { Value = -n.Value, Span = neg.Span }
        : e;

    private static int Category(ScoreType t) => t.IsNumeric() ? 1 : t.IsTime() ? 2 : (int)t + 10;

    private ExprInfo BindIn(InExpression inList, NameScope scope)
    {
        var value = Bind(inList.Value, scope);
        foreach (var item in inList.Items)
            CheckComparable(inList.Value, value, item, Bind(item, scope), "in", ordering: false);
        return ExprInfo.Of(ScoreType.Bool);
    }
}
