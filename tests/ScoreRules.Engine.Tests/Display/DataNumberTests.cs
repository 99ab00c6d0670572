using ScoreRules.Engine.Display;

namespace ScoreRules.Engine.Tests.Display;

public class DataNumberTests
{
    [Theory]
    // 14 / 3 = 4.666…: one integer digit + 14 decimals = 15 significant digits, the last rounded up.
    [InlineData(14, 3, "4.66666666666667")]
    // 528 / 7 = 75.428571428571428…: 2 + 13 digits; the 14th decimal is 2, so no rounding up.
    [InlineData(528, 7, "75.4285714285714")]
    // 1 / 3000 = 0.000333…: the leading zeros do not count, so fifteen 3s.
    [InlineData(1, 3000, "0.000333333333333333")]
    // −2 / 3 = −0.666…: rounded away from zero in the 15th digit.
    [InlineData(-2, 3, "-0.666666666666667")]
    [InlineData(300, 1000, "0.3")]
    [InlineData(10000, 100, "100")]
    [InlineData(0, 7, "0")]
    public void Rounds_to_fifteen_significant_digits_without_trailing_zeros(int numerator, int denominator, string expected)
    {
        DataNumber.Format((decimal)numerator / denominator).ShouldBe(expected);
    }

    [Fact]
    public void Trailing_zeros_of_the_scale_are_dropped()
    {
        // 100.00m and 0.30m carry a scale of 2; the text must not depend on it.
        DataNumber.Format(100.00m).ShouldBe("100");
        DataNumber.Format(0.30m).ShouldBe("0.3");
    }
}
