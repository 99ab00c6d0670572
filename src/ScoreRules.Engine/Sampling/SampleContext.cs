using NodaTime;

namespace ScoreRules.Engine.Sampling;

/// <summary>The plan, options, window and texts one generation works with, and the world it builds.</summary>
internal sealed class SampleContext
{
    /// <summary>Prepares a generation of <paramref name="plan"/> with <paramref name="options"/>.</summary>
    public SampleContext(SamplePlan plan, SampleOptions options)
    {
        Plan = plan;
        Options = options;
        Texts = SampleTexts.Of(plan.Language);
        Months = Enumerable.Range(0, options.Months).Select(i => options.Start.OnDayOfMonth(1).PlusMonths(i).ToYearMonth()).ToList();
        WindowStart = options.Start.OnDayOfMonth(1);
        WindowEnd = WindowStart.PlusMonths(options.Months);
        WindowEndInstant = Plan.Zone.AtStartOfDay(WindowEnd).ToInstant();
    }

    /// <summary>What the policy asks for.</summary>
    public SamplePlan Plan { get; }
    /// <summary>How much to generate.</summary>
    public SampleOptions Options { get; }
    /// <summary>Names and phrases in the policy's language.</summary>
    public SampleTexts Texts { get; }
    /// <summary>The months, in order.</summary>
    public IReadOnlyList<YearMonth> Months { get; }
    /// <summary>The first day of the window.</summary>
    public LocalDate WindowStart { get; }
    /// <summary>The day after the window (excluded).</summary>
    public LocalDate WindowEnd { get; }
    /// <summary>The moment the window ends, when the exports are taken: later events have not happened yet.</summary>
    public Instant WindowEndInstant { get; }
    /// <summary>What has been generated so far.</summary>
    public SampleWorld World { get; } = new();

    /// <summary>True when the file plan has a file of <paramref name="kind"/>.</summary>
    public bool Needs(FactKind kind) => Plan.Files.Any(f => f.Kind == kind);

    /// <summary>The days of <paramref name="month"/>.</summary>
    public static IEnumerable<LocalDate> Days(YearMonth month)
    {
        var first = month.OnDayOfMonth(1);
        for (var d = first; d.Month == first.Month; d = d.PlusDays(1)) yield return d;
    }

    /// <summary>A working day of <paramref name="month"/> on or after day <paramref name="fromDay"/> (any such day when there is none).</summary>
    public LocalDate WorkingDay(SampleRandom random, YearMonth month, int fromDay = 1)
    {
        var days = Days(month).Where(d => d.Day >= fromDay).ToList();
        var working = days.Where(Plan.Calendar.IsWorkingDay).ToList();
        return random.Pick(working.Count > 0 ? working : days.Count > 0 ? days : Days(month).ToList());
    }

    /// <summary>A moment inside the working hours of a working day of <paramref name="month"/> (09:00–18:00 when the day has none).</summary>
    public Instant WorkingMoment(SampleRandom random, YearMonth month, int fromDay = 1)
    {
        var day = WorkingDay(random, month, fromDay);
        var ranges = Plan.Calendar.Hours.On(day.DayOfWeek);
        var (start, end) = ranges.Count > 0 ? (ranges[0].Start, ranges[^1].EndsAtMidnight ? new LocalTime(23, 59) : ranges[^1].End) : (new LocalTime(9, 0), new LocalTime(18, 0));
        var minutes = (int)((end.TickOfDay - start.TickOfDay) / NodaConstants.TicksPerMinute);
        var time = start.PlusMinutes(random.Next(Math.Max(1, minutes)));
        return Plan.Calendar.ToInstant(day.At(time));
    }

    /// <summary>The local date of <paramref name="instant"/> in the policy's zone.</summary>
    public LocalDate DateOf(Instant instant) => instant.InZone(Plan.Zone).Date;

    /// <summary>The month of <paramref name="instant"/> in the policy's zone.</summary>
    public YearMonth MonthOf(Instant instant) => DateOf(instant).ToYearMonth();
}
