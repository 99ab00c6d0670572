using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Tests.Checking;

public class ValueSetTests
{
    [Fact]
    public void LessThanAndAtLeastTheSameBoundCoverEverything()
    {
        var covered = ValueSet.Where(CompareOp.Less, 30m).Union(ValueSet.Where(CompareOp.GreaterOrEqual, 30m));
        covered.Complement().IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void LessThanAndGreaterThanLeaveTheBoundItself()
    {
        var covered = ValueSet.Where(CompareOp.Less, 30m).Union(ValueSet.Where(CompareOp.Greater, 30m));
        covered.Complement().Describe().ShouldBe("exactly 30");
    }

    [Fact]
    public void GapsAreDescribedInOrder()
    {
        // Covered: below 30, and from 45 up to (not including) 60. Left: [30, 45) and [60, ∞).
        var covered = ValueSet.Where(CompareOp.Less, 30m)
            .Union(ValueSet.Where(CompareOp.GreaterOrEqual, 45m).Intersect(ValueSet.Where(CompareOp.Less, 60m)));
        covered.Complement().Describe().ShouldBe("from 30 up to (not including) 45 and 60 or more");
    }

    [Fact]
    public void ARangeLimitsWhatMustBeCovered()
    {
        // A share lies in [0, 1]: ">= 0.9" and "< 0.9" cover it, and nothing outside it needs a band.
        var share = ValueSet.Of(Bounds.UnitInterval);
        var covered = ValueSet.Where(CompareOp.GreaterOrEqual, 0.9m).Union(ValueSet.Where(CompareOp.Less, 0.9m));
        share.Minus(covered).IsEmpty.ShouldBeTrue();
        share.Minus(ValueSet.Where(CompareOp.Greater, 0.5m)).Describe().ShouldBe("from 0 to 0.5");
    }

    [Fact]
    public void NotEqualCoversAllButOneValue()
    {
        ValueSet.Where(CompareOp.NotEqual, 0m).Complement().Describe().ShouldBe("exactly 0");
    }
}
