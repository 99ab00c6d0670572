using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Binding;

internal sealed partial class ExpressionBinder
{
    private FunctionInfo? FindFunction(CallExpression call)
    {
        if (FunctionCatalog.Find(call.Function.Text) is { } known) return known;
        Report(DiagnosticDescriptors.UnknownName, call.Function.Span, $"unknown function `{call.Function.Text}`",
            Suggestions.DidYouMean(call.Function.Text, FunctionCatalog.Names)
                ?? $"the functions are {Wording.List(FunctionCatalog.Names.Select(n => $"`{n}`"))} (pNN is any percentile, e.g. p90)");
        return null;
    }

    private ExprInfo BindCall(CallExpression call, NameScope scope)
    {
        if (FindFunction(call) is not { } function)
        {
            foreach (var arg in call.Arguments) Bind(arg, scope);
            return ExprInfo.Unknown;
        }
        if (function.IsAggregate && scope is RowNames row)
        {
            Report(DiagnosticDescriptors.TypeMismatch, call.Span,
                $"`{function.Name}` aggregates the rows of a source and cannot be used inside another aggregation over `{row.Source.Name}`");
            return ExprInfo.Unknown;
        }
        if (function.IsAggregate)
        {
            var example = _aggregated.FirstOrDefault()?.Name ?? Symbols.Sources.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? "tickets";
            Report(DiagnosticDescriptors.MissingPart, call.Span,
                $"`{function.Name}` aggregates the rows of a source, but no source is given",
                $"add `over` and the source's name, e.g. `{Text(call)} over {example}`");
            return ExprInfo.Unknown;
        }
        return CheckCall(function, call, scope);
    }

    private ExprInfo BindAggregate(AggregateExpression aggregate, NameScope scope)
    {
        NameScope rows = new OpaqueNames();
        if (Symbols.Sources.TryGetValue(aggregate.Source.Text, out var src))
        {
            rows = new RowNames(src);
            if (!_aggregated.Contains(src)) _aggregated.Add(src);
        }
        else
            Report(DiagnosticDescriptors.UnknownName, aggregate.Source.Span, $"unknown source `{aggregate.Source.Text}`",
                Suggestions.DidYouMean(aggregate.Source.Text, Symbols.Sources.Keys));

        if (scope is RowNames)
            Report(DiagnosticDescriptors.TypeMismatch, aggregate.Span,
                "an aggregation cannot be used inside another aggregation or its `where`");

        if (aggregate.Where is { } where)
            RequireCondition(where, Bind(where, rows), "a `where` condition");

        var function = FindFunction(aggregate.Call);
        if (function is null)
        {
            foreach (var arg in aggregate.Call.Arguments) Bind(arg, rows);
            return ExprInfo.Unknown;
        }
        if (!function.IsAggregate)
        {
            Report(DiagnosticDescriptors.TypeMismatch, aggregate.Call.Function.Span,
                $"`{function.Name}` works on one row and cannot take `over {aggregate.Source.Text}`",
                $"wrap it in an aggregation, e.g. `mean({Text(aggregate.Call)}) over {aggregate.Source.Text}`");
            CheckCall(function, aggregate.Call, rows);
            return ExprInfo.Unknown;
        }
        return CheckCall(function, aggregate.Call, rows);
    }

    private ExprInfo CheckCall(FunctionInfo function, CallExpression call, NameScope scope)
    {
        var args = call.Arguments;
        if (args.Count < function.MinArgs || args.Count > function.MaxArgs)
        {
            var expected = function.MinArgs == function.MaxArgs ? Wording.Count(function.MinArgs, "argument", "arguments")
                : $"{function.MinArgs} to {function.MaxArgs} arguments";
            Report(DiagnosticDescriptors.TypeMismatch, call.Span,
                $"`{function.Name}` takes {expected}, but {(args.Count == 1 ? "1 was" : $"{args.Count} were")} given",
                $"write `{function.Usage}`");
            for (var i = 0; i < args.Count; i++) if (!IsNameArgument(function, i)) Bind(args[i], scope);
            return ExprInfo.Unknown;
        }
        var name = function.Name;
        switch (name)
        {
            case "count":
            case "distinct":
                foreach (var arg in args) Bind(arg, scope);
                return new ExprInfo(ScoreType.Int, new Unit(UnitKind.Count, $"{name} gives a count"), Bounds.NonNegative);
            case "share":
            {
                var condition = Bind(args[0], scope);
                if (condition.Type is not (ScoreType.Bool or ScoreType.Unknown))
                    Report(DiagnosticDescriptors.TypeMismatch, args[0].Span,
                        $"`share` needs a condition (true/false), but `{Text(args[0])}` is {condition.Type.Describe()}",
                        condition.Type.IsNumeric() ? $"compare it, e.g. `share({Text(args[0])} >= 4)`" : null);
                return new ExprInfo(ScoreType.Number, new Unit(UnitKind.Ratio, "share gives a ratio"), Bounds.UnitInterval);
            }
            case "ratio":
            {
                var top = RequireNumeric(name, args[0], Bind(args[0], scope));
                var bottom = RequireNumeric(name, args[1], Bind(args[1], scope));
                var bounds = top.Bounds.IsNonNegative && bottom.Bounds.IsNonNegative ? Bounds.NonNegative : Bounds.All;
                return new ExprInfo(ScoreType.Number, new Unit(UnitKind.Ratio, "ratio gives a ratio"), bounds);
            }
            case "sum":
            {
                var value = RequireNumeric(name, args[0], Bind(args[0], scope));
                return new ExprInfo(value.Type == ScoreType.Int ? ScoreType.Int : ScoreType.Number, value.Unit,
                    value.Bounds.IsNonNegative ? Bounds.NonNegative : Bounds.All);
            }
            case "min":
            case "max":
            {
                var value = Bind(args[0], scope);
                if (value.Type.IsTime()) return value;
                value = RequireNumeric(name, args[0], value, orDates: true);
                return value with { Type = value.Type == ScoreType.Unknown ? ScoreType.Unknown : value.Type == ScoreType.Duration ? ScoreType.Number : value.Type };
            }
            case "mean":
            case "median":
            case "abs":
            case "round":
            {
                var value = RequireNumeric(name, args[0], Bind(args[0], scope));
                if (args.Count > 1) RequireNumeric(name, args[1], Bind(args[1], scope));
                var bounds = name == "abs" ? Bounds.NonNegative : value.Bounds;
                return new ExprInfo(value.Type == ScoreType.Unknown ? ScoreType.Unknown : ScoreType.Number, value.Unit, bounds);
            }
            case "work_minutes":
            case "work_hours":
            case "work_days":
            case "minutes":
            case "hours":
            case "days":
            {
                RequireTime(name, args[0], Bind(args[0], scope));
                RequireTime(name, args[1], Bind(args[1], scope));
                if (name.StartsWith("work_", StringComparison.Ordinal)) CheckCalendarArgument(name, args[2]);
                var unitWord = name.StartsWith("work_", StringComparison.Ordinal) ? name[5..] : name;
                var unit = Unit.FromWord(unitWord, $"{name} gives {unitWord}") ?? Unit.Unknown;
                return new ExprInfo(ScoreType.Number, unit, name.StartsWith("work_", StringComparison.Ordinal) ? Bounds.NonNegative : Bounds.All);
            }
            case "date":
            {
                var value = Bind(args[0], scope);
                if (!value.Type.IsTime() && value.Type != ScoreType.Unknown)
                    Report(DiagnosticDescriptors.TypeMismatch, args[0].Span,
                        $"`date` needs a date and time (datetime), but `{Text(args[0])}` is {value.Type.Describe()}");
                return ExprInfo.Of(ScoreType.Date);
            }
            case "change":
                return BindChange(call, scope);
            default:
            {
                // pNN percentiles
                var value = RequireNumeric(name, args[0], Bind(args[0], scope));
                return new ExprInfo(value.Type == ScoreType.Unknown ? ScoreType.Unknown : ScoreType.Number, value.Unit, value.Bounds);
            }
        }
    }

    private static bool IsNameArgument(FunctionInfo function, int index) =>
        function.Name.StartsWith("work_", StringComparison.Ordinal) && index == 2 || function.Name == "change";

    private ExprInfo RequireNumeric(string function, Expression arg, ExprInfo info, bool orDates = false)
    {
        if (info.Type.IsNumeric() || info.Type == ScoreType.Unknown) return info;
        var hint = info.Type switch
        {
            ScoreType.Bool => $"a condition is not a number; to get the share of rows where it holds use `share({Text(arg)})`",
            ScoreType.Text => "to turn text answers into numbers, map them in the source, e.g. `score: int? = answer map { \"good\" -> 5, \"bad\" -> 1 }`",
            ScoreType.Date or ScoreType.DateTime => "for the time between two moments use `minutes(start, end)` or `work_minutes(start, end, calendar)`",
            _ => null,
        };
        Report(DiagnosticDescriptors.TypeMismatch, arg.Span,
            $"`{function}` needs {(orDates ? "numbers or dates" : "numbers")}, but `{Text(arg)}` is {info.Type.Describe()}", hint);
        return ExprInfo.Unknown;
    }

    private void RequireTime(string function, Expression arg, ExprInfo info)
    {
        if (info.Type.IsTime() || info.Type == ScoreType.Unknown) return;
        Report(DiagnosticDescriptors.TypeMismatch, arg.Span,
            $"`{function}` needs a date or a date and time, but `{Text(arg)}` is {info.Type.Describe()}");
    }

    private void CheckCalendarArgument(string function, Expression arg)
    {
        if (arg is not NameExpression name)
        {
            Report(DiagnosticDescriptors.TypeMismatch, arg.Span,
                $"the third argument of `{function}` must be the name of a calendar, but it is `{Text(arg)}`",
                Symbols.Calendars.Count > 0 ? $"e.g. `{Symbols.Calendars.Keys.Order(StringComparer.Ordinal).First()}`" : "declare one with `calendar office { hours mon..fri 09:00-17:00 }`");
            return;
        }
        if (Symbols.Calendars.ContainsKey(name.Name)) return;
        Report(DiagnosticDescriptors.UnknownName, name.Span, $"unknown calendar `{name.Name}`",
            Suggestions.DidYouMean(name.Name, Symbols.Calendars.Keys)
                ?? (Symbols.Calendars.Count == 0 ? "no calendar is declared or imported; declare one with `calendar office { hours mon..fri 09:00-17:00 }`" : null));
    }

    private ExprInfo BindChange(CallExpression call, NameScope scope)
    {
        var arg = call.Arguments[0];
        if (scope is not MeasureNames)
        {
            Report(DiagnosticDescriptors.TypeMismatch, call.Span,
                "`change` compares a metric with the previous period; it cannot be used inside an aggregation");
            return ExprInfo.Unknown;
        }
        if (arg is not NameExpression name)
        {
            Report(DiagnosticDescriptors.TypeMismatch, arg.Span, $"`change` needs the name of a metric, but it is `{Text(arg)}`");
            return ExprInfo.Unknown;
        }
        // `change` looks up a metric's value in the previous period; bonus points and rated levels are known for this period only.
        if (Symbols.Measures.TryGetValue(name.Name, out var measure) && measure.Node is BonusDeclaration or RatedDeclaration)
        {
            var (kind, example) = measure.Node is BonusDeclaration
                ? ("a bonus item (points added to the total)", $"`{name.Name} > 0`")
                : ("a rated item (a BARS level given by raters)", $"`{name.Name} < 3`");
            Report(DiagnosticDescriptors.TypeMismatch, arg.Span,
                $"`change` compares a metric with the previous period, but `{name.Name}` is {kind}, not a metric",
                $"use its value for this period instead, e.g. {example}");
            return ExprInfo.Unknown;
        }
        var value = BindMeasure(name);
        return value with { Bounds = Bounds.All };
    }
}
