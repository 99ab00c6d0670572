using ScoreRules.Engine.Results;
using ScoreRules.Testing.Assertions;

namespace ScoreRules.Testing.Tests.Examples;

/// <summary>
/// How an organisation asserts on its own policy with Shouldly: the shipped bank policy evaluated for
/// February 2026 over the export files in Data/bank-2026-02, with every expected number worked out by hand.
/// </summary>
public class BankPolicyTests
{
    private static readonly Lazy<EvaluationResult> February = new(() =>
        ScorePolicy.Load("rules/bank-service-desk").Evaluate(Path.Combine(AppContext.BaseDirectory, "Data", "bank-2026-02"), "2026-02"));

    private static PersonResult Bob => February.Value.Person("bob");

    private static PersonResult Amy => February.Value.Person("amy");

    [Fact]
    public void FirstResponseCountsOnlyTaipeiBusinessHours()
    {
        // Business minutes 10, 30 (lunch skipped), 40 (Lunar New Year skipped), 50 (28 Feb holiday skipped):
        // p90 = 40 + 0.7 × (50 − 40) = 47 → band < 60 → 60 points
        Bob.Metric("frt").Value.ShouldBe(47m);
        Bob.Metric("frt").Score.ShouldBe(60m);
    }

    [Fact]
    public void SurveyAnswersAreMappedAndUnansweredOnesLeftOut()
    {
        // 非常滿意 5, 滿意 4, 4, 4; 未填答 is a missing marker; Q16 is March → (5 + 4 + 4 + 4) / 4 = 4.25 → 75
        Bob.Metric("csat").Value.ShouldBe(4.25m);
        Bob.Metric("csat").Score.ShouldBe(75m);
        // effort 2, 3, 2, 3 → 2.5 → 100 − (2.5 − 2) / 2 × 100 = 75
        Bob.Metric("ces").Value.ShouldBe(2.5m);
        Bob.Metric("ces").Score.ShouldBe(75m);
    }

    [Fact]
    public void FcrIsAShareBetweenZeroAndOne()
    {
        Bob.Metric("fcr").Value.ShouldBe(0.75m); // T13 needed two contacts: 3 / 4
        Bob.Metric("training").Met.ShouldBe(false);      // 1 of 2 courses = 50 % < 100 %
    }

    [Fact]
    public void BonusIsCappedAndTheTotalGraded()
    {
        // 4 + 3 approved (the 2-point claim was not) = 7, capped at 5
        Bob.BonusItem("創新貢獻").Earned.ShouldBe(7m);
        Bob.BonusItem("創新貢獻").Points.ShouldBe(5m);
        // 75 × 30 % + 75 × 20 % + 60 × 15 % + 60 × 15 % + 0 × 10 % + 50 × 10 % = 60.5, + 5 = 65.5
        Bob.Total.ShouldBe(65.5m);
        Bob.Grade.ShouldBe("C");
        Bob.Dimension("客戶體驗").Score.ShouldBe(75m);
    }

    [Fact]
    public void RatersWhoDisagreeAreFlagged()
    {
        // supervisor 4; peers (3 + 2) / 2 = 2.5 → 4 × 60 % + 2.5 × 40 % = 3.4; levels 4 and 2 are two apart
        var communication = Bob.RatedItem("communication");
        communication.Level.ShouldBe(3.4m);
        communication.Disagreement.ShouldBeTrue();
    }

    [Fact]
    public void AnOpenTicketAndAnEmptyEffortAnswerAreLeftOut()
    {
        // amy: FCR over resolved tickets only (T22 is open): 1 / 1; effort only Q21 answered: 3
        Amy.Metric("fcr").Value.ShouldBe(1m);
        Amy.Metric("ces").Value.ShouldBe(3m);
        // p90 of 5 and 15 minutes = 5 + 0.9 × 10 = 14
        Amy.Metric("frt").Value.ShouldBe(14m);
    }

    [Fact]
    public void ATotalOnTheGradeBoundaryTakesTheHigherGrade()
    {
        // CSAT (3 + 5) / 2 = 4 → 50; CES 3 → 50; FRT 100; FCR 100; training 100; certs 3 → 100
        // 50 × 30 % + 50 × 20 % + 100 × 15 % + 100 × 15 % + 100 × 10 % + 100 × 10 % = 75 → B (B >= 75)
        Amy.Total.ShouldBe(75m);
        Amy.Grade.ShouldBe("B");
        Amy.Improvements.Select(i => i.Metric).ShouldBe(["csat"]); // 4 < 4.5; FCR met its target
    }

    [Fact]
    public void AMistypedIdSaysWhichIdsThereAre()
    {
        var error = Should.Throw<ScorePolicyException>(() => Bob.Metric("frt_p90"));
        error.Message.ShouldStartWith("no metric of bob `frt_p90`; there are: ");
        error.Message.ShouldContain("frt");
    }
}
