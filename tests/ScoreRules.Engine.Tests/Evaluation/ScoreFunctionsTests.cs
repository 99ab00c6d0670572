using ScoreRules.Engine.Evaluation;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Tests.Evaluation;

public class ScoreFunctionsTests
{
    private static readonly LinearScoreModel Csat = new([(3.5m, 0m), (4.5m, 100m)]);

    [Theory]
    [InlineData("4.2", "70")]   // 0 + (4.2 − 3.5) / 1 × 100
    [InlineData("3.0", "0")]    // below the first point: clamped
    [InlineData("4.9", "100")]  // above the last point: clamped
    [InlineData("4.5", "100")]
    public void LinearInterpolatesAndClamps(string value, string expected) =>
        ScoreFunctions.Score(Csat, decimal.Parse(value), null).ShouldBe(decimal.Parse(expected));

    [Fact]
    public void LinearDecreasingTowardLowerIsBetter()
    {
        // CES: 2.0 → 100, 4.0 → 0; at 2.5: 100 + (2.5 − 2.0) / 2 × (0 − 100) = 75
        ScoreFunctions.Score(new LinearScoreModel([(2.0m, 100m), (4.0m, 0m)]), 2.5m, null).ShouldBe(75m);
    }

    [Theory]
    [InlineData("27.5", "100")]
    [InlineData("30", "80")]    // < 30 does not hold at 30; < 45 does
    [InlineData("59.9", "60")]
    [InlineData("60", "0")]
    public void BandsTakeTheFirstBandThatHolds(string value, string expected)
    {
        var frt = new BandsScoreModel([(CompareOp.Less, 30m, 100m), (CompareOp.Less, 45m, 80m), (CompareOp.Less, 60m, 60m), (null, 0m, 0m)]);
        ScoreFunctions.Score(frt, decimal.Parse(value), null).ShouldBe(decimal.Parse(expected));
    }

    [Theory]
    [InlineData("27.5", 0)]
    [InlineData("30", 1)]       // < 30 fails at 30, < 45 holds: the second band
    [InlineData("59.9", 2)]
    [InlineData("60", 3)]       // only else is left
    public void BandIndexNamesTheBandThatScored(string value, int expected)
    {
        var frt = new BandsScoreModel([(CompareOp.Less, 30m, 100m), (CompareOp.Less, 45m, 80m), (CompareOp.Less, 60m, 60m), (null, 0m, 0m)]);
        ScoreFunctions.BandIndex(frt.Bands, decimal.Parse(value)).ShouldBe(expected);
    }

    [Fact]
    public void BandIndexWithoutElseIsMinusOneBeyondTheLastBand() =>
        ScoreFunctions.BandIndex([(CompareOp.GreaterOrEqual, 2m, 100m), (CompareOp.GreaterOrEqual, 1m, 50m)], 0.5m).ShouldBe(-1);

    [Fact]
    public void MetGivesAllOrNothing()
    {
        var target = new TargetModel(CompareOp.GreaterOrEqual, 0.85m, null);
        ScoreFunctions.Score(new MetScoreModel(), 0.85m, target).ShouldBe(100m);
        ScoreFunctions.Score(new MetScoreModel(), 0.8499m, target).ShouldBe(0m);
    }
}
