namespace ScoreRules.Reporting.Model;

/// <summary>
/// Anonymous context from the people on the same scorecard in the same period: only counts, a median and
/// a rank, never another person's name or total. Left out for groups smaller than <see cref="MinimumGroup"/>.
/// </summary>
/// <param name="GroupSize">How many people on the scorecard have a total (the person included).</param>
/// <param name="Median">The median total of the group, one decimal.</param>
/// <param name="PercentileRank">
/// The person's percentile rank in the group as a whole percent, e.g. "75 %": (people below + half of the
/// people with the same total, the person included) ÷ group size × 100.
/// </param>
public sealed record TeamContext(int GroupSize, string Median, string PercentileRank)
{
    /// <summary>The smallest group that gets a team context (4): below that a median gives others' figures away.</summary>
    public const int MinimumGroup = 4;
}
