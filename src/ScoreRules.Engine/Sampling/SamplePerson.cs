using NodaTime;

namespace ScoreRules.Engine.Sampling;

/// <summary>A person of the sample desk.</summary>
internal sealed class SamplePerson
{
    /// <summary>The person id written in every file.</summary>
    public required string Id { get; init; }
    /// <summary>The full name.</summary>
    public required string Name { get; init; }
    /// <summary>The scorecard the person is staffed for, or null when the policy has none.</summary>
    public required CardPlan? Card { get; init; }
    /// <summary>True for a manager appraised on a team.</summary>
    public required bool IsManager { get; init; }
    /// <summary>0 for the first line, 1 and up for higher support tiers (the order of the scorecards).</summary>
    public required int Tier { get; init; }
    /// <summary>How good the person is at the job, about −1 .. 1: it moves response times, FCR, CSAT, ratings.</summary>
    public required double Skill { get; init; }
    /// <summary>The team name.</summary>
    public string Team { get; set; } = "";
    /// <summary>The manager's id (a person of the desk, or a supervisor outside it).</summary>
    public string ManagerId { get; set; } = "";
    /// <summary>A month the person is away for (no tickets, surveys, ratings), or null.</summary>
    public YearMonth? LeaveMonth { get; set; }

    /// <summary>True when the person handles tickets (not a manager) and is not away in <paramref name="month"/>.</summary>
    public bool WorksTickets(YearMonth month) => !IsManager && LeaveMonth != month;
}
