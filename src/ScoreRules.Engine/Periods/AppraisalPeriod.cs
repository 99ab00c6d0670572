using ScoreRules.Language.Model;
using NodaTime;
using NodaTime.Calendars;

namespace ScoreRules.Engine.Periods;

/// <summary>
/// One appraisal period: an ISO week (<c>2026-W01</c>), a month (<c>2026-03</c>), a quarter
/// (<c>2026-Q1</c>) or a year (<c>2026</c>). A period is a run of local dates from <see cref="Start"/>
/// (inclusive) to <see cref="End"/> (exclusive), read in the policy's time zone.
/// </summary>
/// <remarks>
/// Named AppraisalPeriod rather than Period so that it never clashes with <see cref="NodaTime.Period"/>.
/// Years 1 to 9998 are supported. <c>default(AppraisalPeriod)</c> is not a period: its
/// <see cref="ToString"/> is empty and its dates throw <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly partial struct AppraisalPeriod : IEquatable<AppraisalPeriod>, IComparable<AppraisalPeriod>
{
    /// <summary>Smallest supported year.</summary>
    public const int MinYear = 1;

    /// <summary>Largest supported year (the last one whose end date NodaTime can represent with room to spare).</summary>
    public const int MaxYear = 9998;

    private AppraisalPeriod(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
    }

    /// <summary>Whether this is a week, month, quarter or year.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The year; for a week, the ISO week-based year (2026-W01 starts on 2025-12-29 and has year 2026).</summary>
    public int Year { get; }

    /// <summary>Week of the week-based year (1–53), month (1–12), quarter (1–4), or 1 for a year.</summary>
    public int Number { get; }

    /// <summary>First date of the period (inclusive).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(AppraisalPeriod)</c>.</exception>
    public LocalDate Start => Kind switch
    {
        PeriodKind.Week => WeekYearRules.Iso.GetLocalDate(Year, Number, IsoDayOfWeek.Monday),
        PeriodKind.Month => new LocalDate(Year, Number, 1),
        PeriodKind.Quarter => new LocalDate(Year, 3 * Number - 2, 1),
        PeriodKind.Year => new LocalDate(Year, 1, 1),
        _ => throw NotAPeriod(),
    };

    /// <summary>First date after the period (exclusive), which is the <see cref="Start"/> of <see cref="Next"/>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(AppraisalPeriod)</c>.</exception>
    public LocalDate End => Kind switch
    {
        PeriodKind.Week => Start.PlusWeeks(1),
        PeriodKind.Month => Start.PlusMonths(1),
        PeriodKind.Quarter => Start.PlusMonths(3),
        PeriodKind.Year => Start.PlusYears(1),
        _ => throw NotAPeriod(),
    };

    /// <summary>The period's dates, both ends included (<see cref="Start"/> to the day before <see cref="End"/>).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(AppraisalPeriod)</c>.</exception>
    public DateInterval Dates => new(Start, End.PlusDays(-1));

    /// <summary>The ISO week <paramref name="week"/> of ISO week-based year <paramref name="weekYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998 or the week does not exist in it (52 or 53 weeks).</exception>
    public static AppraisalPeriod OfWeek(int weekYear, int week)
    {
        CheckYear(weekYear, nameof(weekYear));
        var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"{weekYear} has weeks 1 to {weeks}.");
        }
        return new AppraisalPeriod(PeriodKind.Week, weekYear, week);
    }

    /// <summary>The month <paramref name="month"/> (1–12) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998 or the month outside 1–12.</exception>
    public static AppraisalPeriod OfMonth(int year, int month)
    {
        CheckYear(year, nameof(year));
        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }
        return new AppraisalPeriod(PeriodKind.Month, year, month);
    }

    /// <summary>The quarter <paramref name="quarter"/> (1–4; Q1 = January to March) of <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998 or the quarter outside 1–4.</exception>
    public static AppraisalPeriod OfQuarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        if (quarter < 1 || quarter > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        }
        return new AppraisalPeriod(PeriodKind.Quarter, year, quarter);
    }

    /// <summary>The whole calendar year <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1–9998.</exception>
    public static AppraisalPeriod OfYear(int year)
    {
        CheckYear(year, nameof(year));
        return new AppraisalPeriod(PeriodKind.Year, year, 1);
    }

    /// <summary>The period of kind <paramref name="kind"/> that contains <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1–9998 or <paramref name="kind"/> is not defined.</exception>
    public static AppraisalPeriod Containing(LocalDate date, PeriodKind kind) => kind switch
    {
        PeriodKind.Week => OfWeek(WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date)),
        PeriodKind.Month => OfMonth(date.Year, date.Month),
        PeriodKind.Quarter => OfQuarter(date.Year, (date.Month + 2) / 3),
        PeriodKind.Year => OfYear(date.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>
    /// The period of kind <paramref name="kind"/> that an event at <paramref name="instant"/> belongs to:
    /// the period containing the instant's local date in <paramref name="zone"/> (the policy's time zone).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The local year is outside 1–9998 or <paramref name="kind"/> is not defined.</exception>
    public static AppraisalPeriod PeriodOf(Instant instant, DateTimeZone zone, PeriodKind kind)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Containing(instant.InZone(zone).Date, kind);
    }

    /// <summary>True when <paramref name="date"/> lies in the period (<see cref="Start"/> ≤ date &lt; <see cref="End"/>).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(AppraisalPeriod)</c>.</exception>
    public bool Contains(LocalDate date) => date >= Start && date < End;

    /// <summary>The period of the same kind just before this one (2026-01 → 2025-12, 2026-W01 → 2025-W52).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(AppraisalPeriod)</c> or the first supported period.</exception>
    public AppraisalPeriod Previous()
    {
        var last = Start.PlusDays(-1);
        return YearOf(last, Kind) >= MinYear
            ? Containing(last, Kind)
            : throw new InvalidOperationException($"{this} is the first supported period.");
    }

    /// <summary>The period of the same kind just after this one (2025-12 → 2026-01).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(AppraisalPeriod)</c> or the last supported period.</exception>
    public AppraisalPeriod Next()
    {
        var end = End;
        return YearOf(end, Kind) <= MaxYear
            ? Containing(end, Kind)
            : throw new InvalidOperationException($"{this} is the last supported period.");
    }

    /// <summary>Orders periods by <see cref="Start"/>, then by <see cref="End"/> (shorter first), then by kind.</summary>
    public int CompareTo(AppraisalPeriod other)
    {
        if (Kind == 0 || other.Kind == 0)
        {
            return Kind.CompareTo(other.Kind);
        }
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    /// <inheritdoc />
    public bool Equals(AppraisalPeriod other) => Kind == other.Kind && Year == other.Year && Number == other.Number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AppraisalPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Year, Number);

    /// <summary>True when both are the same period.</summary>
    public static bool operator ==(AppraisalPeriod left, AppraisalPeriod right) => left.Equals(right);

    /// <summary>True when the periods differ.</summary>
    public static bool operator !=(AppraisalPeriod left, AppraisalPeriod right) => !left.Equals(right);

    private static int YearOf(LocalDate date, PeriodKind kind) =>
        kind == PeriodKind.Week ? WeekYearRules.Iso.GetWeekYear(date) : date.Year;

    private static void CheckYear(int year, string parameter)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"Years {MinYear} to {MaxYear} are supported.");
        }
    }

    private static InvalidOperationException NotAPeriod() =>
        new("default(AppraisalPeriod) is not a period; create one with Parse, OfMonth, Containing or PeriodOf.");
}
