using System.Text.Json;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Tests.Sampling;

namespace ScoreRules.Engine.Tests.Loading;

public class OnlyFieldsUsedTests
{
    [Theory]
    [InlineData("2026-01")]
    [InlineData("2026-03")]
    public void Keeping_only_the_fields_used_gives_the_same_results_on_the_bank_example(string periodText)
    {
        var period = AppraisalPeriod.Parse(periodText);
        PolicyLoader.TrySelect(ShippedPolicies.Versions(ShippedPolicies.Bank), period, out var policy, out _).ShouldBeTrue();
        var data = Path.Combine(ShippedPolicies.RepoRoot(), "examples", ShippedPolicies.Bank, "data");
        var zone = ShippedPolicies.Zone(policy!);

        var all = DataSetLoader.Load(policy!, data, zone, onlyFieldsUsed: false);
        var used = DataSetLoader.Load(policy!, data, zone, onlyFieldsUsed: true);

        all.Failed.ShouldBeFalse();
        used.Failed.ShouldBeFalse();
        used.Diagnostics.ShouldBe(all.Diagnostics);
        // The comparison means something only if fields were left out: no rule reads a ticket's id or a person's team.
        var tickets = used.Tables["tickets"];
        tickets.Keeps(tickets.FieldIndex("id")).ShouldBeFalse();
        tickets.Keeps(tickets.FieldIndex("created")).ShouldBeTrue();
        var people = used.Tables[policy!.PeopleSource!];
        people.Keeps(people.FieldIndex("team")).ShouldBeFalse();
        all.Tables.Values.ShouldAllBe(t => Enumerable.Range(0, t.Source.Fields.Count).All(t.Keeps));

        var expected = PolicyEvaluator.Evaluate(new EvaluationInput(policy, all.Tables, period));
        var actual = PolicyEvaluator.Evaluate(new EvaluationInput(policy, used.Tables, period));

        expected.People.Count.ShouldBe(10);
        expected.People.Count(p => p.Total is not null).ShouldBeGreaterThan(5);
        expected.Errors.ShouldBeEmpty();
        JsonSerializer.Serialize(actual).ShouldBe(JsonSerializer.Serialize(expected));
    }
}
