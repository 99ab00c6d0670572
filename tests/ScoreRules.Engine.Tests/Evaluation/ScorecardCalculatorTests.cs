using ScoreRules.Engine.Evaluation;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Evaluation;

public class ScorecardCalculatorTests
{
    private static ScorecardModel Card(MissingPolicy missing, params (string Dim, string Metric, decimal Weight)[] weights) =>
        new("c", "c", null,
            weights.GroupBy(w => w.Dim).Select(g => new DimensionModel(g.Key, g.Key, g.Select(w => (w.Metric, w.Weight)).ToList())).ToList(),
            [], missing, RuleLocation.None);

    private static readonly (string, string, decimal)[] Bank =
        [("cx", "csat", 0.30m), ("cx", "ces", 0.20m), ("ops", "frt", 0.15m), ("ops", "fcr", 0.15m), ("growth", "training", 0.10m), ("growth", "certs", 0.10m)];

    [Fact]
    public void TotalIsSumOfContributionsPlusBonus()
    {
        var scores = new Dictionary<string, decimal?> { ["csat"] = 70, ["ces"] = 75, ["frt"] = 100, ["fcr"] = 0, ["training"] = 100, ["certs"] = 50 };
        var outcome = ScorecardCalculator.Compute(Card(MissingPolicy.Reweight, Bank), scores, bonusPoints: 3m);
        // 0.30×70 + 0.20×75 + 0.15×100 + 0.15×0 + 0.10×100 + 0.10×50 = 21 + 15 + 15 + 0 + 10 + 5 = 66; + 3 bonus = 69
        outcome.Total.ShouldBe(69m);
        outcome.Contributions["csat"].ShouldBe(21m);
        // customer dimension: (70×0.30 + 75×0.20) / 0.50 = 36 / 0.5 = 72
        outcome.Dimensions[0].Score.ShouldBe(72m);
        outcome.Dimensions[0].Contribution.ShouldBe(36m);
    }

    [Fact]
    public void ReweightSpreadsMissingWeightOverTheRest()
    {
        var scores = new Dictionary<string, decimal?> { ["csat"] = 100, ["ces"] = null, ["frt"] = 100, ["fcr"] = 100, ["training"] = 100, ["certs"] = 100 };
        var outcome = ScorecardCalculator.Compute(Card(MissingPolicy.Reweight, Bank), scores, 0m);
        // ces (20 %) has no data: the others weigh 80 % and are scaled by 1 / 0.8; csat 0.30 / 0.8 = 0.375
        outcome.EffectiveWeights["csat"].ShouldBe(0.375m);
        outcome.EffectiveWeights["ces"].ShouldBe(0m);
        outcome.EffectiveWeights.Values.Sum().ShouldBe(1m);
        outcome.Total.ShouldBe(100m);
    }

    [Fact]
    public void WholeDimensionWithoutDataBecomesNoDataNotADivisionByZero()
    {
        var scores = new Dictionary<string, decimal?> { ["csat"] = 80, ["ces"] = 60, ["frt"] = null, ["fcr"] = null, ["training"] = 100, ["certs"] = 100 };
        var outcome = ScorecardCalculator.Compute(Card(MissingPolicy.Reweight, Bank), scores, 0m);
        outcome.Dimensions.Single(d => d.Id == "ops").Score.ShouldBeNull();
        // counted weight 0.70: (0.30×80 + 0.20×60 + 0.10×100 + 0.10×100) / 0.70 = (24 + 12 + 10 + 10) / 0.7 = 80
        outcome.Total.ShouldBe(80m);
    }

    [Fact]
    public void NoDataAtAllGivesNoTotal()
    {
        var scores = Bank.ToDictionary(b => b.Item2, _ => (decimal?)null);
        ScorecardCalculator.Compute(Card(MissingPolicy.Reweight, Bank), scores, 5m).Total.ShouldBeNull();
    }

    [Fact]
    public void MissingZeroScoresNoDataAsZero()
    {
        var scores = new Dictionary<string, decimal?> { ["csat"] = 100, ["ces"] = null, ["frt"] = 100, ["fcr"] = 100, ["training"] = 100, ["certs"] = 100 };
        // 100 × (1 − 0.20) = 80
        ScorecardCalculator.Compute(Card(MissingPolicy.Zero, Bank), scores, 0m).Total.ShouldBe(80m);
    }

    [Fact]
    public void MissingFailNamesTheMetric()
    {
        var scores = new Dictionary<string, decimal?> { ["csat"] = 100, ["ces"] = null, ["frt"] = 100, ["fcr"] = 100, ["training"] = 100, ["certs"] = 100 };
        var outcome = ScorecardCalculator.Compute(Card(MissingPolicy.Fail, Bank), scores, 0m, new Dictionary<string, string> { ["ces"] = "客戶費力度 CES" });
        outcome.Total.ShouldBeNull();
        outcome.Error!.ShouldContain("客戶費力度 CES");
    }

    [Fact]
    public void FractionalPercentWeightsCountExactlyAndZeroWeightIsExcluded()
    {
        var card = Card(MissingPolicy.Reweight, ("d", "a", 0.125m), ("d", "b", 0.8675m), ("d", "c", 0.0075m), ("d", "z", 0m));
        var scores = new Dictionary<string, decimal?> { ["a"] = 40, ["b"] = 100, ["c"] = 100, ["z"] = 0 };
        // 0.125×40 + 0.8675×100 + 0.0075×100 = 5 + 86.75 + 0.75 = 92.5; z weighs 0 and changes nothing
        ScorecardCalculator.Compute(card, scores, 0m).Total.ShouldBe(92.5m);
    }
}
