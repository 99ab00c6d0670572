using NodaTime;

namespace ScoreRules.Engine.Sampling;

/// <summary>How much sample data to generate, for which months, from which seed.</summary>
public sealed record SampleOptions
{
    /// <summary>The most people a sample may have.</summary>
    public const int MaxPeople = 5000;

    /// <summary>The most tickets per month a sample may have.</summary>
    public const int MaxTicketsPerMonth = 1_000_000;

    /// <summary>The most months a sample may cover.</summary>
    public const int MaxMonths = 120;

    /// <summary>The most tickets a whole sample may hold (tickets per month × months): samples are built in memory.</summary>
    public const int MaxTickets = 1_000_000;

    /// <summary>Number of people on the desk, managers included (1 .. <see cref="MaxPeople"/>; 8 or more shows every kind of case).</summary>
    public int People { get; init; } = 10;

    /// <summary>Tickets the whole desk receives each month (0 .. <see cref="MaxTicketsPerMonth"/>).</summary>
    public int TicketsPerMonth { get; init; } = 150;

    /// <summary>Number of calendar months, from <see cref="Start"/> (1 .. <see cref="MaxMonths"/>).</summary>
    public int Months { get; init; } = 3;

    /// <summary>The seed: the same seed and options give the same files, byte for byte, on every machine.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The first month.</summary>
    public YearMonth Start { get; init; } = new(2026, 1);

    /// <summary>What is wrong with these options, for the person who typed them; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (People is < 1 or > MaxPeople) problems.Add($"the number of people must be between 1 and {MaxPeople}, not {People}");
        if (TicketsPerMonth is < 0 or > MaxTicketsPerMonth) problems.Add($"the number of tickets per month must be between 0 and {MaxTicketsPerMonth}, not {TicketsPerMonth}");
        if (Months is < 1 or > MaxMonths) problems.Add($"the number of months must be between 1 and {MaxMonths}, not {Months}");
        if ((long)TicketsPerMonth * Months > MaxTickets)
            problems.Add($"{TicketsPerMonth} tickets a month for {Months} months is {(long)TicketsPerMonth * Months} tickets; a sample holds at most {MaxTickets}");
        if (Start.Year is < 1900 or > 9000) problems.Add($"the first month must be in the years 1900 .. 9000, not {Start.Year}");
        return problems;
    }
}
