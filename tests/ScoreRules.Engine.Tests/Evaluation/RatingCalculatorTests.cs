using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Evaluation;

public class RatingCalculatorTests
{
    private static readonly ScaleModel Clarity = new("clarity", "Clarity",
        [(1, "hard to follow"), (2, "partly clear"), (3, "mostly clear"), (4, "clear"), (5, "in the user's own words")], RuleLocation.None);

    private static RatedModel Item(decimal? disagreement = 1m, int minRaters = 2) =>
        new("communication", "Communication", null, "clarity", "ratings", null, [("supervisor", 0.60m), ("peer", 0.40m)],
            minRaters, disagreement, null, null, RuleLocation.None);

    private static RaterScore R(string rater, string role, decimal level) => new(rater, role, level, null, null, null);

    [Fact]
    public void RoleMeansAreWeightedByRole()
    {
        // supervisor 4; peers (2 + 4) / 2 = 3 → 0.6 × 4 + 0.4 × 3 = 3.6
        var result = RatingCalculator.Compute(Item(disagreement: null), Clarity, [R("s1", "supervisor", 4), R("p1", "peer", 2), R("p2", "peer", 4)]);
        result.Level.ShouldBe(3.6m);
        result.Anchor.ShouldBe("clear");           // 3.6 rounds to 4
        result.Score.ShouldBe(65m);                // (3.6 − 1) / 4 × 100
    }

    [Fact]
    public void TooFewRatersIsNoData()
    {
        var result = RatingCalculator.Compute(Item(), Clarity, [R("s1", "supervisor", 5)]);
        result.Status.ShouldBe(ValueStatus.NoData);
        result.Level.ShouldBeNull();
    }

    [Fact]
    public void LevelsMoreThanOneApartAreFlagged()
    {
        RatingCalculator.Compute(Item(), Clarity, [R("s1", "supervisor", 5), R("p1", "peer", 3)]).Disagreement.ShouldBeTrue();  // 2 apart
        RatingCalculator.Compute(Item(), Clarity, [R("s1", "supervisor", 4), R("p1", "peer", 3)]).Disagreement.ShouldBeFalse(); // 1 apart
    }

    [Fact]
    public void MissingRoleDoesNotPullTheLevelDown()
    {
        // only supervisors rated: their mean (4 + 5) / 2 = 4.5 stands alone
        RatingCalculator.Compute(Item(), Clarity, [R("s1", "supervisor", 4), R("s2", "supervisor", 5)]).Level.ShouldBe(4.5m);
    }
}
