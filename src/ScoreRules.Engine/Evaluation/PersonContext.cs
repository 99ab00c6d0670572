using System.Runtime.CompilerServices;
using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Evaluates the expressions of one person in one period: bare names are metric, rated or bonus values
/// (computed on first use), aggregations run over the person's rows of a source in the period, and
/// context functions are served here: work_minutes, work_hours, work_days, change, the elapsed
/// calendar time minutes(start, end), hours(start, end), days(start, end), and date(datetime).
/// A date where a date-time is expected stands for the start of that day (in the calendar's zone
/// for business time, in the policy's zone otherwise).
/// </summary>
internal sealed class PersonContext : IExpressionContext
{
    private readonly EvaluationInput _input;
    private readonly Dictionary<string, MetricValue> _metrics = new(StringComparer.Ordinal);
    private readonly HashSet<string> _computing = new(StringComparer.Ordinal);
    private readonly Dictionary<(SourceTable, string), TableRows> _rowsInPeriod = [];
    private readonly Func<AppraisalPeriod, PersonContext> _contextForPeriod;
    private PersonContext? _previous;

    public PersonContext(EvaluationInput input, string person, AppraisalPeriod period, Func<AppraisalPeriod, PersonContext> contextForPeriod, DataWarnings warnings)
    {
        _input = input;
        Person = person;
        Period = period;
        _contextForPeriod = contextForPeriod;
        Warnings = warnings;
    }

    public EvaluationInput Input => _input;

    public string Person { get; }

    public AppraisalPeriod Period { get; }

    public DataWarnings Warnings { get; }

    /// <summary>The policy's zone: date-times are compared with dates by their local date there.</summary>
    public DateTimeZone Zone => _input.Zone;

    /// <summary>Resolves names of other values (metrics, rated items, bonuses) on demand.</summary>
    public Func<string, NameKind, object?>? ValueOf { get; set; }

    /// <summary>The value of metric <paramref name="id"/> for this person and period (computed once).</summary>
    public MetricValue Metric(string id)
    {
        if (_metrics.TryGetValue(id, out var done)) return done;
        var metric = _input.Policy.Metric(id) ?? throw new EvaluationException($"unknown metric `{id}`", RuleLocation.None);
        if (!_computing.Add(id)) throw new EvaluationException($"metric `{id}` depends on itself", metric.Location);
        try
        {
            var value = MetricEvaluator.Evaluate(metric, this);
            _metrics[id] = value;
            return value;
        }
        finally
        {
            _computing.Remove(id);
        }
    }

    /// <summary>The same person in the previous period (for <c>change</c>).</summary>
    public PersonContext Previous => _previous ??= _contextForPeriod(Period.Previous());

    /// <summary>The row being evaluated inside an aggregation: its table and its storage position there.</summary>
    public (SourceTable Table, int Position)? CurrentRow { get; set; }

    /// <summary>The field that places rows in the period while evaluating a metric with its own <c>at</c>.</summary>
    public string? AtOverride { get; set; }

    public object? Resolve(NameRef name)
    {
        if (name.Kind == NameKind.Field && CurrentRow is { } current)
        {
            var index = current.Table.FieldIndex(name.Name);
            if (index >= 0) return current.Table.Keeps(index) ? current.Table.ValueAt(index, current.Position) : throw NotKept(name, current.Table);
            throw new EvaluationException($"`{name.Name}` is not a field of source `{current.Table.Source.Id}`", name.Location);
        }
        return name.Kind switch
        {
            NameKind.Metric => Metric(name.Name).Value,
            NameKind.Calendar => name.Name,
            _ when ValueOf is not null => ValueOf(name.Name, name.Kind),
            _ => throw new EvaluationException($"`{name.Name}` has no value here", name.Location),
        };
    }

    /// <summary>The error for a field whose values the table did not keep: the data was loaded for other rules than these.</summary>
    internal static EvaluationException NotKept(NameRef name, SourceTable table) =>
        new($"the values of field `{name.Name}` of source `{table.Source.Id}` were not kept when its data was loaded", name.Location);

    public object? Aggregate(AggregateExpr aggregate)
    {
        var result = AggregateEvaluator.Evaluate(aggregate, this, _input, out _);
        return result;
    }

    /// <summary>The rows of <paramref name="table"/> that belong to this person and period (by <paramref name="atField"/>), in file order.</summary>
    public TableRows RowsInPeriod(SourceTable table, string? atField)
    {
        if (atField is null) return table.RowsOf(Person);
        if (_rowsInPeriod.TryGetValue((table, atField), out var done)) return done;
        return _rowsInPeriod[(table, atField)] = table.RowsInPeriod(Person, atField, _input.Zone, Period);
    }

    /// <summary>The person's rows of <paramref name="table"/> skipped as bad data, in the period or with no readable date, by reason.</summary>
    public IReadOnlyDictionary<string, int> BadDataInPeriod(SourceTable table, string? atField)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in table.SkippedOf(Person))
        {
            if (atField is not null && table.DateOf(s.Partial, atField, _input.Zone) is { } date && !Period.Contains(date)) continue;
            counts[s.Reason] = counts.GetValueOrDefault(s.Reason) + 1;
        }
        return counts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryCall(string function, IReadOnlyList<object?> arguments, IReadOnlyList<Expr> argumentExpressions, RuleLocation location, out object? result)
    {
        switch (function)
        {
            case "work_minutes" or "work_hours" or "work_days":
                result = BusinessTime(function, arguments, location);
                return true;
            case "change":
                result = Change(argumentExpressions, location);
                return true;
            case "minutes" or "hours" or "days" when arguments.Count == 2:
                result = Elapsed(function, arguments, location);
                return true;
            case "date" when arguments.Count == 1:
                result = arguments[0] switch
                {
                    null => null,
                    Instant i => i.InZone(_input.Zone).Date,
                    LocalDate d => d,
                    var other => throw new EvaluationException($"`date` needs a date and time, found {ExpressionEvaluator.Describe(other)}", location),
                };
                return true;
            default:
                result = null;
                return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private object? BusinessTime(string function, IReadOnlyList<object?> args, RuleLocation location)
    {
        if (args.Count != 3) throw new EvaluationException($"`{function}` needs three arguments: start, end and a calendar", location);
        if (args[0] is null || args[1] is null) return null;
        var calendarName = args[2] as string ?? throw new EvaluationException($"the third argument of `{function}` must be a calendar", location);
        return BusinessTime(function, args[0]!, args[1]!, CalendarNamed(calendarName, location), location);
    }

    /// <summary>The calendar named <paramref name="name"/>.</summary>
    /// <exception cref="EvaluationException">The policy has no such calendar.</exception>
    internal BusinessCalendar CalendarNamed(string name, RuleLocation location) =>
        _input.Calendars.TryGetValue(name, out var calendar) ? calendar : throw new EvaluationException($"unknown calendar `{name}`", location);

    /// <summary>
    /// work_minutes, work_hours or work_days (<paramref name="function"/>) from <paramref name="start"/> to <paramref name="end"/>
    /// (neither empty) in <paramref name="calendar"/>: minutes or hours as decimals, whole days; an end before its start counts 0
    /// and warns about the current row (SD101).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal object BusinessTime(string function, object start, object end, BusinessCalendar calendar, RuleLocation location)
    {
        if (function == "work_days" && start is LocalDate startDate && end is LocalDate endDate)
        {
            decimal days = calendar.WorkDays(startDate, endDate, out var endBeforeStart);
            if (endBeforeStart) WarnEndBeforeStart(location);
            return days;
        }
        return BusinessTime(function, ToInstant(function, start, calendar.Zone, location), ToInstant(function, end, calendar.Zone, location), calendar, location);
    }

    /// <summary>As <see cref="BusinessTime(string, object, object, BusinessCalendar, RuleLocation)"/>, between two date-times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal object BusinessTime(string function, Instant from, Instant to, BusinessCalendar calendar, RuleLocation location)
    {
        bool endBeforeStart;
        decimal value = function switch
        {
            "work_minutes" => (decimal)calendar.WorkMinutes(from, to, out endBeforeStart),
            "work_hours" => (decimal)calendar.WorkHours(from, to, out endBeforeStart),
            _ => calendar.WorkDays(from, to, out endBeforeStart),
        };
        if (endBeforeStart) WarnEndBeforeStart(location);
        return value;
    }

    private void WarnEndBeforeStart(RuleLocation location)
    {
        if (CurrentRow is { } current)
            Warnings.EndBeforeStart(current.Table, current.Table.RowNumberAt(current.Position), location);
    }

    /// <summary>
    /// Calendar time from start to end, signed (an end before the start gives a negative time): real
    /// elapsed time between date-times, whole days of 24 hours between two dates.
    /// </summary>
    private object? Elapsed(string function, IReadOnlyList<object?> args, RuleLocation location)
    {
        if (args[0] is null || args[1] is null) return null;
        decimal minutes;
        if (args[0] is LocalDate startDate && args[1] is LocalDate endDate)
            minutes = NodaTime.Period.DaysBetween(startDate, endDate) * 1440m;
        else
            minutes = (decimal)(ToInstant(function, args[1], _input.Zone, location) - ToInstant(function, args[0], _input.Zone, location)).BclCompatibleTicks
                / NodaConstants.TicksPerMinute;
        return function switch
        {
            "minutes" => minutes,
            "hours" => minutes / 60m,
            _ => minutes / 1440m,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Instant ToInstant(string function, object? value, DateTimeZone zone, RuleLocation location) => value switch
    {
        Instant i => i,
        LocalDate d => d.AtStartOfDayInZone(zone).ToInstant(),
        _ => throw new EvaluationException($"`{function}` needs a date or a date and time, found {ExpressionEvaluator.Describe(value)}", location),
    };

    private object? Change(IReadOnlyList<Expr> args, RuleLocation location)
    {
        if (args.Count != 1 || args[0] is not NameRef { Kind: NameKind.Metric } metric)
            throw new EvaluationException("`change` needs one metric, e.g. change(mttr)", location);
        var now = Metric(metric.Name).Value;
        var before = Previous.Metric(metric.Name).Value;
        return now is null || before is null ? null : now.Value - before.Value;
    }
}
