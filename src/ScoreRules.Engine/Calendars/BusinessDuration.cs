using NodaTime;

namespace ScoreRules.Engine.Calendars;

/// <summary>
/// Working time counted by a <see cref="BusinessCalendar"/> between two instants, for FRT, MTTR and SLA
/// metrics.
/// </summary>
/// <param name="WorkTime">
/// Working time between the two instants: real elapsed time inside working hours, never negative.
/// </param>
/// <param name="EndBeforeStart">
/// True when the end instant was before the start instant (for example a response time stamped before
/// the ticket was created). <see cref="WorkTime"/> is then zero and the caller should report a data
/// warning for the row.
/// </param>
public readonly record struct BusinessDuration(Duration WorkTime, bool EndBeforeStart)
{
    /// <summary>Working time in minutes (fractional; 0 or more).</summary>
    public double Minutes => WorkTime.TotalMinutes;

    /// <summary>Working time in hours (<see cref="Minutes"/> / 60; fractional; 0 or more).</summary>
    public double Hours => WorkTime.TotalHours;
}
