using ScoreRules.Engine.Evaluation;

namespace ScoreRules.Engine.Tests.Evaluation;

public class AggregationsTests
{
    // Survey answers from the field's classic pitfall: [5, 5, 4, 3, 1, 5, 2, 4]
    private static readonly decimal[] Answers = [5, 5, 4, 3, 1, 5, 2, 4];

    [Fact]
    public void MeanOfAnswers() => Aggregations.Mean(Answers).ShouldBe(3.625m); // 29 / 8

    [Fact]
    public void ShareOfFourAndFive() => Aggregations.Share(5, 8).ShouldBe(0.625m); // 5,5,4,5,4 are 4–5

    [Fact]
    public void MedianOfEvenCountIsMeanOfMiddleTwo() => Aggregations.Median(Answers).ShouldBe(4m); // sorted 1 2 3 4 4 5 5 5 → (4+4)/2

    [Fact]
    public void PercentileInterpolatesBetweenClosestRanks()
    {
        // r = 0.9 × (4 − 1) = 2.7 → 30 + 0.7 × (50 − 30) = 44
        Aggregations.Percentile([50m, 10m, 30m, 20m], 90).ShouldBe(44m);
        // r = 0.5 × 4 = 2 → exactly the third value
        Aggregations.Percentile([1m, 2m, 3m, 4m, 100m], 50).ShouldBe(3m);
        Aggregations.Percentile([7m], 90).ShouldBe(7m);
    }

    [Fact]
    public void NoValuesIsNoDataNeverZero()
    {
        Aggregations.Mean([]).ShouldBeNull();
        Aggregations.Sum([]).ShouldBeNull();
        Aggregations.Percentile([], 90).ShouldBeNull();
        Aggregations.Share(0, 0).ShouldBeNull();
        Aggregations.Ratio(5, 0, 3).ShouldBeNull();
    }
}
