using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Results;

/// <summary>A BARS-rated item of one person.</summary>
/// <param name="Id">The rated item id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Level">The weighted level (mean per rater role, weighted by role), or null with too few raters.</param>
/// <param name="Status">Whether there is a level.</param>
/// <param name="Anchor">The anchor text of the level given (the level rounded half up), or null.</param>
/// <param name="Score">Points 0..100 from the score rule (default: level 1 → 0 … top level → 100).</param>
/// <param name="Disagreement">True when two raters are further apart than the policy allows.</param>
/// <param name="Raters">Every rating with its evidence.</param>
/// <param name="Met">Whether the target level is met, or null.</param>
public sealed record RatedResult(string Id, string Name, decimal? Level, ValueStatus Status, string? Anchor, decimal? Score,
    bool Disagreement, IReadOnlyList<RaterScore> Raters, bool? Met)
{
    /// <summary>The scorecard dimension that weighs this item, or null when it is only reported.</summary>
    public string? Dimension { get; init; }

    /// <summary>The weight written in the scorecard (ratio 0..1), 0 when only reported.</summary>
    public decimal Weight { get; init; }

    /// <summary>The weight after reweighting for items without data (ratio 0..1).</summary>
    public decimal EffectiveWeight { get; init; }

    /// <summary>Score × effective weight, in points of the total; null when the item is not weighted or has no score.</summary>
    public decimal? Contribution { get; init; }
}
