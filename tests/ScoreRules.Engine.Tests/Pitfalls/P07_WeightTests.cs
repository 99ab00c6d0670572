using ScoreRules.Language.Checking;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 7: weights. Fractional percents count exactly (decimal arithmetic from the rule text on);
/// weights must add up to exactly 100 %, or the checker names the sum (SR2003; the 95 % case is the
/// golden file tests/ScoreRules.Language.Tests/TestFiles/diagnostics/SR2003-weights-not-100.score);
/// a 0 % weight is allowed and changes nothing; and when every metric of a dimension has no data,
/// reweighting leaves that dimension out ("no data") instead of dividing by zero.
/// ScorecardCalculatorTests covers the same arithmetic on the calculator alone.
/// </summary>
public class P07_WeightTests
{
    private const string Rules = """
        policy "Weights" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
          grades { A >= 90; B >= 75; C >= 60; D else }
        }

        source people "people.csv" {
          person = employee_id
          role: text = role
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          kind: text = kind
          csat: int? = csat
        }

        metric a "Tickets of kind a" {
          description "Tickets of kind a; 10 score 100."
          value count() over tickets where kind == "a"
          unit count
          target >= 10
          score linear { 0 -> 0, 10 -> 100 }
        }

        metric b "Tickets of kind b" {
          description "Tickets of kind b; 10 score 100."
          value count() over tickets where kind == "b"
          unit count
          target >= 10
          score linear { 0 -> 0, 10 -> 100 }
        }

        metric c "Tickets of kind c" {
          description "Tickets of kind c; 10 score 100."
          value count() over tickets where kind == "c"
          unit count
          target >= 10
          score linear { 0 -> 0, 10 -> 100 }
        }

        metric z "Tickets of kind z" {
          description "Tickets of kind z; 10 score 100."
          value count() over tickets where kind == "z"
          unit count
          target >= 10
          score linear { 0 -> 0, 10 -> 100 }
        }

        metric csat_mean "CSAT (mean, 1–5)" {
          description "Average answer, 1 to 5."
          value mean(csat) over tickets where csat != none
          unit "/5"
          target >= 4.5
          score linear { 1 -> 0, 5 -> 100 }
        }

        metric csat_pct "CSAT (% satisfied, 4–5)" {
          description "Share of answers 4 or 5."
          value share(csat >= 4) over tickets where csat != none
          unit percent
          target >= 90%
          score linear { 0 -> 0, 1 -> 100 }
        }

        // 12.5 + 86.75 + 0.75 + 0 = 100 %.
        scorecard fractional "Fractional weights" for role == "fractional" {
          dimension work { a 12.5%, b 86.75%, c 0.75%, z 0% }
        }

        // 30 + 30 + 25 + 15 = 100 %.
        scorecard reweighted "Reweighted" for role == "reweighted" {
          dimension work "Work" { a 30%, b 30% }
          dimension customer "Customer" { csat_mean 25%, csat_pct 15% }
          missing reweight
        }
        """;

    private const string People = """
        employee_id,role
        alice,fractional
        bob,reweighted
        carol,reweighted
        """;

    private static string Tickets()
    {
        var rows = new List<string> { "ticket_id,assignee,created_at,kind,csat" };
        void Add(string person, string kind, int count)
        {
            for (var i = 0; i < count; i++) rows.Add($"{person}-{kind}{i},{person},2026-03-{i + 2:00} 10:00,{kind},");
        }
        // alice: a 4 → score 40; b 10 → 100; c 10 → 100; z 3 → 30 (weight 0).
        Add("alice", "a", 4);
        Add("alice", "b", 10);
        Add("alice", "c", 10);
        Add("alice", "z", 3);
        // bob: a 5 → 50; b 8 → 80; no survey answers at all. carol: no rows.
        Add("bob", "a", 5);
        Add("bob", "b", 8);
        return string.Join("\n", rows) + "\n";
    }

    private static Results.EvaluationResult Run()
    {
        using var run = PolicyRun.Of(Rules).Data("people.csv", People).Data("tickets.csv", Tickets());
        return run.Evaluate("2026-03");
    }

    [Fact]
    public void Fractional_percents_are_read_and_counted_exactly()
    {
        var alice = Run().Person("alice");
        alice.Metric("a").Weight.ShouldBe(0.125m);
        alice.Metric("b").Weight.ShouldBe(0.8675m);
        alice.Metric("c").Weight.ShouldBe(0.0075m);
        // 0.125 × 40 + 0.8675 × 100 + 0.0075 × 100 = 5 + 86.75 + 0.75 = 92.5, exactly.
        alice.Total.ShouldBe(92.5m);
        alice.Metric("c").Contribution.ShouldBe(0.75m);
    }

    [Fact]
    public void A_zero_weight_is_reported_but_changes_nothing()
    {
        var z = Run().Person("alice").Metric("z");
        // z has data (3 tickets → score 30) but weighs 0 %: it is shown, and contributes 0 points.
        z.Value.ShouldBe(3m);
        z.Score.ShouldBe(30m);
        z.Weight.ShouldBe(0m);
        z.EffectiveWeight.ShouldBe(0m);
        z.Contribution.ShouldBe(0m);
    }

    [Fact]
    public void A_dimension_without_any_data_becomes_no_data_and_the_rest_is_reweighted()
    {
        var bob = Run().Person("bob");
        bob.Metric("csat_mean").Value.ShouldBeNull();
        bob.Metric("csat_pct").Value.ShouldBeNull();
        var customer = bob.Dimension("customer");
        customer.Score.ShouldBeNull();
        customer.Contribution.ShouldBeNull();
        // Only a (30 %) and b (30 %) have data: each now weighs 30 / 60 = 50 %.
        bob.Metric("a").EffectiveWeight.ShouldBe(0.5m);
        bob.Metric("b").EffectiveWeight.ShouldBe(0.5m);
        bob.Metrics.Sum(m => m.EffectiveWeight).ShouldBe(1m);
        // (0.30 × 50 + 0.30 × 80) / 0.60 = 39 / 0.6 = 65; the contributions 25 + 40 add up to it.
        bob.Total.ShouldBe(65m);
        bob.Metrics.Sum(m => m.Contribution ?? 0m).ShouldBe(65m);
        bob.Dimension("work").Score.ShouldBe(65m);
    }

    [Fact]
    public void A_person_without_any_data_has_no_total_never_a_division_by_zero()
    {
        var carol = Run().Person("carol");
        carol.Error.ShouldBeNull();
        carol.Total.ShouldBeNull();
        carol.Grade.ShouldBeNull();
        carol.Dimensions.ShouldAllBe(d => d.Score == null);
        carol.Metrics.ShouldAllBe(m => m.EffectiveWeight == 0m && m.Contribution == null);
    }

    [Theory]
    [InlineData("a 50%, b 45%", "95 %")]
    [InlineData("a 50%, b 50.5%", "100.5 %")]
    [InlineData("a 33.33%, b 33.33%, c 33.33%", "99.99 %")]
    public void Weights_not_adding_up_to_100_percent_are_an_error_naming_the_sum(string weights, string sum)
    {
        var rules = Rules[Rules.IndexOf("source tickets", StringComparison.Ordinal)..Rules.IndexOf("metric csat_mean", StringComparison.Ordinal)]
            + $"scorecard card \"Card\" {{ dimension work {{ {weights} }} }}\n";
        var result = PolicyChecker.Check([new SourceText("lib/card.score", rules)]);
        var error = result.Diagnostics.ShouldHaveSingleItem();
        (error.Code, error.IsError).ShouldBe(("SR2003", true));
        error.Message.ShouldContain($"add up to {sum}, not 100 %");
    }
}
