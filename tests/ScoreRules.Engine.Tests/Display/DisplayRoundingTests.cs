using ScoreRules.Engine.Display;

namespace ScoreRules.Engine.Tests.Display;

public class DisplayRoundingTests
{
    private static decimal[] Round(int decimals, decimal total, params decimal[] values) =>
        DisplayRounding.LargestRemainder(values, decimals, total).ToArray();

    [Fact]
    public void ThirdsOfAHundredGiveTheMissingTenthToTheLargestRemainder()
    {
        // Rounded down: 33.3 + 33.3 + 33.3 = 99.9; 0.1 is missing. Remainders 0.033, 0.033, 0.034:
        // the third value has the largest, so it becomes 33.4.
        Round(1, 100m, 33.333m, 33.333m, 33.334m).ShouldBe([33.3m, 33.3m, 33.4m]);
    }

    [Fact]
    public void EqualRemaindersFavourTheEarlierValue()
    {
        // 100 / 3 = 33.333… three times: all remainders equal, the first value takes the missing 0.1.
        var third = 100m / 3m;
        Round(1, 100m, third, third, third).ShouldBe([33.4m, 33.3m, 33.3m]);
        // 10.05 + 10.05 = 20.1; rounded down 10.0 + 10.0 = 20.0; the first gets the 0.1.
        Round(1, 20.1m, 10.05m, 10.05m).ShouldBe([10.1m, 10.0m]);
    }

    [Fact]
    public void PartsThatAreAlreadyRoundAreKept()
    {
        // 75 × 30 % + 75 × 20 % + 60 × 15 % + 60 × 15 % + 0 × 10 % + 50 × 10 % + bonus 5 = 65.5.
        Round(1, 65.5m, 22.5m, 15m, 9m, 9m, 0m, 5m, 5m).ShouldBe([22.5m, 15m, 9m, 9m, 0m, 5m, 5m]);
    }

    [Fact]
    public void ReweightedContributionsAddUpToTheShownTotal()
    {
        // Three metrics of equal weight scored 100, 50 and 0: contributions 33.333…, 16.666…, 0; total 50.
        // Rounded down 33.3 + 16.6 + 0 = 49.9; remainders 0.033…, 0.066…, 0 → the second gets the 0.1.
        var parts = Round(1, 50m, 100m / 3m, 50m / 3m, 0m);
        parts.ShouldBe([33.3m, 16.7m, 0m]);
        parts.Sum().ShouldBe(50m);
    }

    [Fact]
    public void TotalIsRoundedHalfAwayFromZeroFirst()
    {
        // Total 10.05 is shown as 10.1. Rounded down: −0.25 → −0.3 (remainder 0.05), 10.3 → 10.3
        // (remainder 0): sum 10.0, one tenth missing → the first value, −0.2.
        Round(1, 10.05m, -0.25m, 10.3m).ShouldBe([-0.2m, 10.3m]);
    }

    [Fact]
    public void WholeNumbersWithNoDecimals()
    {
        // Four halves, total 2: rounded down all 0, two units missing, ties → the first two.
        Round(0, 2m, 0.5m, 0.5m, 0.5m, 0.5m).ShouldBe([1m, 1m, 0m, 0m]);
    }

    [Fact]
    public void ATotalBelowTheRoundedDownPartsTakesStepsBackFromTheSmallestRemainders()
    {
        // 1.09 + 1.09 rounded down is 2.0, but the total asked for is 1.9: one tenth too many.
        // Equal remainders → the later value gives it back.
        Round(1, 1.9m, 1.09m, 1.09m).ShouldBe([1.0m, 0.9m]);
    }

    [Fact]
    public void NoValuesGiveNoParts()
    {
        DisplayRounding.LargestRemainder([], 1, 0m).ShouldBeEmpty();
    }

    [Fact]
    public void DecimalsOutsideTheSupportedRangeThrow()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DisplayRounding.LargestRemainder([1m], -1, 1m));
        Should.Throw<ArgumentOutOfRangeException>(() => DisplayRounding.LargestRemainder([1m], 11, 1m));
    }
}
