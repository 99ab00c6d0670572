using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Data.Columns;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// The value of a compiled row expression for one row of the source it was compiled for, given by its storage
/// position in the table (<see cref="TableRows.PositionAt"/>). The context is the person's, with
/// <see cref="PersonContext.CurrentRow"/> set to that row.
/// </summary>
internal delegate object? RowExpression(PersonContext context, int position);

/// <summary>
/// The expressions an aggregation evaluates for every row (its <c>where</c> and its arguments), compiled once per
/// expression and source into delegates: a field name becomes a read of its column and a constant is converted
/// once. A compiled expression gives what <see cref="ExpressionEvaluator.Evaluate"/> gives, with the same errors in
/// the same order, because it evaluates the same parts in the same order and shares the evaluator's operators; parts
/// that do not depend on the row's position (an aggregation inside, metric and other names) are left to the evaluator.
/// Safe to share between threads.
/// </summary>
/// <remarks>
/// The delegates, like the other code run for every row (operators, business time, row dates), are compiled fully
/// optimized from the start: an evaluation is one short run, and they would otherwise spend much of it in the
/// runtime's first, slow tier of machine code.
/// </remarks>
internal sealed class RowExpressions
{
    private readonly ConcurrentDictionary<(Expr Expr, SourceTable Table), RowExpression> _compiled = new(SameObjects.Instance);

    /// <summary><paramref name="expr"/> compiled for rows of <paramref name="table"/>, compiled on first use.</summary>
    public RowExpression For(Expr expr, SourceTable table) => _compiled.GetOrAdd((expr, table), static key => Compile(key.Expr, key.Table));

    private static RowExpression Compile(Expr expr, SourceTable table) => expr switch
    {
        ConstantExpr c => Constant(ExpressionEvaluator.ConstantValue(c)),
        NameRef { Kind: NameKind.Field } n => Field(n, table),
        CallExpr c => Call(c, table),
        UnaryExpr u => Unary(u, table),
        BinaryExpr { Operator: BinaryOperator.And or BinaryOperator.Or } b => Logical(b, table),
        BinaryExpr b => Binary(b, table),
        InExpr i => In(i, table),
        _ => (context, _) => ExpressionEvaluator.Evaluate(expr, context),
    };

    private static RowExpression Constant(object? value) => [MethodImpl(MethodImplOptions.AggressiveOptimization)] (_, _) => value;

    private static RowExpression Field(NameRef name, SourceTable table)
    {
        var index = table.FieldIndex(name.Name);
        if (index >= 0 && table.ColumnOf(index) is { } column)
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (_, position) => column[position];
        if (index >= 0) return (_, _) => throw PersonContext.NotKept(name, table);
        return (_, _) => throw new EvaluationException($"`{name.Name}` is not a field of source `{table.Source.Id}`", name.Location);
    }

    private static RowExpression Call(CallExpr c, SourceTable table)
    {
        if (c.Function is "work_minutes" or "work_hours" or "work_days" && c.Arguments is [var startExpr, var endExpr, NameRef { Kind: NameKind.Calendar } calendarName])
            return BusinessTime(c, Compile(startExpr, table), Compile(endExpr, table), KeptColumn(startExpr, table), KeptColumn(endExpr, table), calendarName.Name);
        var arguments = c.Arguments.Select(a => a is NameRef { Kind: NameKind.Calendar } n ? Constant(n.Name) : Compile(a, table)).ToArray();
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (context, position) =>
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < values.Length; i++) values[i] = arguments[i](context, position);
            return ExpressionEvaluator.Call(c, values, context);
        };
    }

    // Business time is the costliest call per row: its calendar is looked up once, its arguments need no array, and
    // date-times stored unboxed are read as they are.
    private static RowExpression BusinessTime(CallExpr c, RowExpression start, RowExpression end, Column? startColumn, Column? endColumn,
        string calendarName)
    {
        BusinessCalendar? calendar = null;
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (context, position) =>
        {
            if (startColumn is not null && endColumn is not null
                && startColumn.TryGetInstant(position, out var fromInstant) && endColumn.TryGetInstant(position, out var toInstant))
            {
                calendar ??= context.CalendarNamed(calendarName, c.Location);
                return context.BusinessTime(c.Function, fromInstant, toInstant, calendar, c.Location);
            }
            var from = start(context, position);
            var to = end(context, position);
            if (from is null || to is null) return null;
            // The compiled expressions belong to one evaluation input, so the calendar a name stands for never changes.
            calendar ??= context.CalendarNamed(calendarName, c.Location);
            return context.BusinessTime(c.Function, from, to, calendar, c.Location);
        };
    }

    private static RowExpression Unary(UnaryExpr u, SourceTable table)
    {
        var operand = Compile(u.Operand, table);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (context, position) => ExpressionEvaluator.Unary(u, operand(context, position));
    }

    // The kept column a field name reads, or null for any other expression.
    private static Column? KeptColumn(Expr expr, SourceTable table) =>
        expr is NameRef { Kind: NameKind.Field } n && table.FieldIndex(n.Name) is var index and >= 0 ? table.ColumnOf(index) : null;

    private static RowExpression Binary(BinaryExpr b, SourceTable table)
    {
        // `field == none` / `field != none` asks whether the value is empty, which needs no value.
        if (b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual
            && (b.Left is ConstantExpr { Value: null } ? b.Right : b.Right is ConstantExpr { Value: null } ? b.Left : null) is { } other
            && KeptColumn(other, table) is { } column)
        {
            var equal = b.Operator == BinaryOperator.Equal;
            return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (_, position) => ExpressionEvaluator.Box(column.IsEmpty(position) == equal);
        }
        var left = Compile(b.Left, table);
        var right = Compile(b.Right, table);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (context, position) =>
        {
            var l = left(context, position);
            var r = right(context, position);
            return ExpressionEvaluator.Binary(b, l, r, context.Zone);
        };
    }

    private static RowExpression Logical(BinaryExpr b, SourceTable table)
    {
        var left = Compile(b.Left, table);
        var right = Compile(b.Right, table);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (context, position) =>
        {
            var l = ExpressionEvaluator.AsCondition(left(context, position), b.Left);
            if (ExpressionEvaluator.Decides(b.Operator, l) is { } decided) return decided;
            var r = ExpressionEvaluator.AsCondition(right(context, position), b.Right);
            return ExpressionEvaluator.Logical(b.Operator, l, r);
        };
    }

    private static RowExpression In(InExpr i, SourceTable table)
    {
        var value = Compile(i.Value, table);
        var items = i.Items.Select(item => Compile(item, table)).ToArray();
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (context, position) =>
        {
            var v = value(context, position);
            if (v is null) return null;
            foreach (var item in items)
                if (Equals(item(context, position), v)) return ExpressionEvaluator.True;
            return ExpressionEvaluator.False;
        };
    }

    // Expressions are records that compare by content; the cache needs the very node, and hashing a whole tree would cost more than compiling it.
    private sealed class SameObjects : IEqualityComparer<(Expr Expr, SourceTable Table)>
    {
        public static readonly SameObjects Instance = new();

        public bool Equals((Expr Expr, SourceTable Table) x, (Expr Expr, SourceTable Table) y) =>
            ReferenceEquals(x.Expr, y.Expr) && ReferenceEquals(x.Table, y.Table);

        public int GetHashCode((Expr Expr, SourceTable Table) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Expr), RuntimeHelpers.GetHashCode(key.Table));
    }
}
