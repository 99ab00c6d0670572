using System.Text.Json;
using NodaTime;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;
using ScoreRules.Engine.Tests.Sampling;

namespace ScoreRules.Engine.Tests.Evaluation;

public class ParallelEvaluationTests
{
    // Generated data for 40 people over three months, so that change() has a previous month.
    [Theory]
    [InlineData(ShippedPolicies.Bank, "2026-03")]
    [InlineData(ShippedPolicies.Acme, "2026-03")]
    public void Evaluating_people_at_once_gives_the_result_of_evaluating_them_one_by_one(string policyName, string periodText)
    {
        var versions = ShippedPolicies.Versions(policyName);
        var period = AppraisalPeriod.Parse(periodText);
        PolicyLoader.TrySelect(versions, period, out var policy, out _).ShouldBeTrue();
        using var folder = new TempFolder();
        SampleWriter.Write(SampleGenerator.Generate(versions,
            new SampleOptions { People = 40, TicketsPerMonth = 400, Months = 3, Seed = 17, Start = new YearMonth(2026, 1) }), folder.Path);
        var data = DataSetLoader.Load(policy!, folder.Path, ShippedPolicies.Zone(policy!));
        data.Failed.ShouldBeFalse();

        var oneByOne = PolicyEvaluator.Evaluate(new EvaluationInput(policy!, data.Tables, period, new EvaluationOptions { MaxDegreeOfParallelism = 1 }));
        var atOnce = PolicyEvaluator.Evaluate(new EvaluationInput(policy!, data.Tables, period, new EvaluationOptions { MaxDegreeOfParallelism = 8 }));

        oneByOne.People.Count.ShouldBe(40);
        oneByOne.People.Count(p => p.Total is not null).ShouldBeGreaterThan(30);
        oneByOne.People.SelectMany(p => p.Metrics).Count(m => m.Value is not null).ShouldBeGreaterThan(100);
        atOnce.People.Select(p => p.Person).ShouldBe(oneByOne.People.Select(p => p.Person));
        JsonSerializer.Serialize(atOnce).ShouldBe(JsonSerializer.Serialize(oneByOne));
    }
}
