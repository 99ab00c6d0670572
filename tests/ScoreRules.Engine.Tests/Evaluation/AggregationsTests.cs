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
    public void PercentileOfTiedNumbersKeepsTheFormWrittenFirst()
    {
        // Sorted stably: 1, 2.0, 2 → the middle value is 2.0; r = 0.5 × 2 = 1.0, so the result is 2.0 + 0.0 × 0.0 = 2.00.
        Aggregations.Percentile([2.0m, 1m, 2m], 50)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2.00");
        // Sorted stably: 1, 2, 2.0 → the middle value is 2; 2 + 0.0 × 0 = 2.0.
        Aggregations.Percentile([2m, 2.0m, 1m], 50)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2.0");
    }

    [Fact]
    public void PercentileMatchesAStableSortOnTiedNumbers()
    {
        // Second method: LINQ's stable sort, then the same interpolation.
        static decimal Reference(decimal[] values, decimal p)
        {
            var sorted = values.Order().ToArray();
            var rank = p / 100m * (sorted.Length - 1);
            var lower = (int)Math.Floor(rank);
            var upper = (int)Math.Ceiling(rank);
            return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
        }
        var random = new Random(5);
        decimal[] forms = [1m, 1.0m, 1.00m, 2m, 2.0m, 3m, 3.00m, 4.5m, 4.50m];
        for (var i = 0; i < 200; i++)
        {
            var values = Enumerable.Range(0, random.Next(1, 30)).Select(_ => forms[random.Next(forms.Length)]).ToArray();
            foreach (var p in new[] { 0m, 10m, 50m, 90m, 95m, 100m })
            {
                var expected = Reference(values, p).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Aggregations.Percentile(values, p)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected, $"p{p} of {string.Join(", ", values)}");
            }
        }
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
