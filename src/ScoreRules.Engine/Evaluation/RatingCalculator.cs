using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>
/// Combines the BARS ratings of one item for one person: the mean level per rater role, then the
/// weighted mean over the roles present with the policy's role weights (re-normalised over the roles
/// present, so a missing peer rating does not pull the level down). Fewer distinct raters than
/// <c>min raters</c> gives no data. Raters whose levels differ by more than <c>flag disagreement &gt; N</c>
/// levels raise the disagreement flag. The anchor shown is that of the level rounded half up.
/// </summary>
public static class RatingCalculator
{
    /// <summary>Computes the rating; <paramref name="ratings"/> are this person's ratings of this item in the period.</summary>
    public static RatedResult Compute(RatedModel item, ScaleModel? scale, IReadOnlyList<RaterScore> ratings)
    {
        var raters = ratings.Select(r => r.Rater).Distinct(StringComparer.Ordinal).Count();
        var disagreement = item.Disagreement is { } limit && ratings.Count > 1 && ratings.Max(r => r.Level) - ratings.Min(r => r.Level) > limit;
        if (ratings.Count == 0 || raters < item.MinRaters)
            return new RatedResult(item.Id, item.Title, null, ValueStatus.NoData, null, null, disagreement, ratings, null);

        var byRole = ratings.GroupBy(r => r.Role, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Average(r => r.Level));
        decimal level;
        var weighted = item.Raters.Where(r => byRole.ContainsKey(r.Role)).ToList();
        if (weighted.Count == 0 || weighted.Sum(r => r.Weight) == 0)
            level = ratings.Average(r => r.Level);
        else
            level = weighted.Sum(r => byRole[r.Role] * r.Weight) / weighted.Sum(r => r.Weight);

        var top = scale?.Levels.Count > 0 ? scale.Levels.Max(l => l.Level) : 5;
        var rounded = (int)Math.Round(level, MidpointRounding.AwayFromZero);
        var anchor = scale?.Levels.FirstOrDefault(l => l.Level == rounded).Anchor;
        var score = item.Score is { } rule
            ? ScoreFunctions.Score(rule, level, item.Target)
            : top <= 1 ? 100m : Math.Clamp((level - 1) / (top - 1) * 100m, 0m, 100m);
        return new RatedResult(item.Id, item.Title, level, ValueStatus.Ok, anchor, score, disagreement, ratings, item.Target?.IsMet(level));
    }
}
