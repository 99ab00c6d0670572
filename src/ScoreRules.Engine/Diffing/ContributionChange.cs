namespace ScoreRules.Engine.Diffing;

/// <summary>How many points one item of a person's scorecard added to the total under each version.</summary>
/// <param name="Item">The metric, rated item or bonus id.</param>
/// <param name="Kind"><c>metric</c>, <c>rated</c> (a BARS-rated item) or <c>bonus</c>.</param>
/// <param name="Before">Points of the total under the older version: score × effective weight, or the capped
/// bonus points; 0 when the item was not counted (not on the scorecard, no data, or no score).</param>
/// <param name="After">Points of the total under the newer version, counted the same way.</param>
public sealed record ContributionChange(string Item, string Kind, decimal Before, decimal After)
{
    /// <summary><see cref="After"/> − <see cref="Before"/>, in points of the total.</summary>
    public decimal Delta => After - Before;
}
