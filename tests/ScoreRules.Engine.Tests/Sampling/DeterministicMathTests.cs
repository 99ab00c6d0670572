using ScoreRules.Engine.Sampling;

namespace ScoreRules.Engine.Tests.Sampling;

public class DeterministicMathTests
{
    // Checked against the platform's Math.Exp, a second and independent implementation.
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(0.5)]
    [InlineData(2.302585092994046)] // ln 10
    [InlineData(-7.25)]
    [InlineData(30.0)]
    public void Exp_agrees_with_the_platform_to_within_a_few_units_in_the_last_place(double x)
    {
        var expected = Math.Exp(x);

        Math.Abs(DeterministicMath.Exp(x) - expected).ShouldBeLessThanOrEqualTo(expected * 4e-16);
    }

    [Fact]
    public void Exp_of_zero_is_exactly_one()
    {
        DeterministicMath.Exp(0).ShouldBe(1.0);
    }
}
