using ScoreRules.Engine.Display;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 1: "CSAT" is three different numbers. The mean answer (1–5), the share of satisfied
/// answers (4–5) and the net score (share 4–5 minus share 1–2) are computed here with the shipped
/// std metrics csat_mean, csat_pct and csat_net, over answered surveys only. The checker's side
/// (SR2016, a metric called CSAT that does not say which) has its golden case in
/// tests/ScoreRules.Language.Tests/TestFiles/diagnostics/SR2016-ambiguous-csat.score; the test
/// below adds that the shipped library itself is clear of it.
/// </summary>
public class P01_SatisfactionTests
{
    private const string Rules = PolicyRun.ImportStd + """


        policy "Satisfaction" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/London"
          grades { A >= 90; B >= 75; C >= 60; D else }
        }

        scorecard agent "Agent" {
          dimension customer "Customer experience" { csat_mean 40%, csat_pct 30%, csat_net 30% }
          missing reweight
        }
        """;

    private const string People = """
        employee_id,name,role,team,manager_id
        alice,Alice Brown,tier1,,
        """;

    // Answers in March: 5, 5, 4, 3, 1, 5, 2, 4, plus S09 and S10 that left the question empty
    // (S09 answered only the effort question; S10 wrote "N/A", a missing marker of the source).
    // S00 is February and not in the period.
    private const string Surveys = """
        survey_id,agent_id,submitted_at,ticket_id,csat,ces
        S00,alice,2026-02-27 10:00,T00,1,
        S01,alice,2026-03-02 10:00,T01,5,2
        S02,alice,2026-03-03 10:00,T02,5,
        S03,alice,2026-03-04 10:00,T03,4,3
        S04,alice,2026-03-05 10:00,T04,3,
        S05,alice,2026-03-06 10:00,T05,1,6
        S06,alice,2026-03-09 10:00,T06,5,
        S07,alice,2026-03-10 10:00,T07,2,
        S08,alice,2026-03-11 10:00,T08,4,
        S09,alice,2026-03-12 10:00,T09,,2
        S10,alice,2026-03-13 10:00,T10,N/A,
        """;

    private static Results.PersonResult Alice()
    {
        using var run = PolicyRun.WithStd(Rules).Data("people.csv", People).Data("surveys.csv", Surveys);
        return run.Evaluate("2026-03").Person("alice");
    }

    [Fact]
    public void Mean_share_satisfied_and_net_are_three_different_numbers()
    {
        var alice = Alice();
        // Mean of the 8 answers: (5 + 5 + 4 + 3 + 1 + 5 + 2 + 4) / 8 = 29 / 8 = 3.625.
        // (Counting the two empty answers as 0 would give 29 / 10 = 2.9.)
        alice.Metric("csat_mean").Value.ShouldBe(3.625m);
        // Answers 4 or 5: 5, 5, 4, 5, 4 = 5 of 8 = 62.5 %.
        // (Counting the two empty answers as "not satisfied" would give 5 / 10 = 50 %.)
        alice.Metric("csat_pct").Value.ShouldBe(0.625m);
        // Answers 1 or 2: 1, 2 = 2 of 8 = 25 %; net = 62.5 % − 25 % = 37.5 %.
        alice.Metric("csat_net").Value.ShouldBe(0.375m);
    }

    [Fact]
    public void Unanswered_surveys_are_left_out_and_the_trace_says_so()
    {
        var trace = Alice().Metric("csat_mean").Trace;
        // 10 March rows (S01–S10); S09 and S10 fail `csat != none`; 8 answers are used.
        trace.RowsInPeriod.ShouldBe(10);
        trace.RowsUsed.ShouldBe(8);
        trace.RowsSkipped.ShouldBe(new Dictionary<string, int> { [AggregateEvaluator.NotMatchingWhere] = 2 });
    }

    [Fact]
    public void Each_number_reads_in_its_own_unit()
    {
        var alice = Alice();
        // 3.625 rounds half away from zero to 3.63 in the "/5" unit; the two shares are percents.
        ValueFormatter.Format(alice.Metric("csat_mean").Value, alice.Metric("csat_mean").Unit).ShouldBe("3.63 /5");
        ValueFormatter.Format(alice.Metric("csat_pct").Value, alice.Metric("csat_pct").Unit).ShouldBe("62.5 %");
        ValueFormatter.Format(alice.Metric("csat_net").Value, alice.Metric("csat_net").Unit).ShouldBe("37.5 %");
    }

    [Fact]
    public void Scores_follow_each_metrics_own_rule()
    {
        var alice = Alice();
        // csat_mean: linear 3.5 → 0, 4.5 → 100: (3.625 − 3.5) / 1 × 100 = 12.5.
        alice.Metric("csat_mean").Score.ShouldBe(12.5m);
        // csat_pct: 62.5 % is below the 70 % that scores 0; csat_net: 37.5 % is below the 40 % that scores 0.
        alice.Metric("csat_pct").Score.ShouldBe(0m);
        alice.Metric("csat_net").Score.ShouldBe(0m);
        // Total: 40 % × 12.5 + 30 % × 0 + 30 % × 0 = 5.
        alice.Total.ShouldBe(5m);
    }

    [Fact]
    public void A_metric_called_CSAT_that_does_not_say_which_is_warned_and_the_std_library_is_not()
    {
        const string rules = """
            source surveys "surveys.csv" {
              person = agent_id
              at = submitted_at
              submitted: datetime = submitted_at
              csat: int? = csat
            }

            metric csat "CSAT" {
              description "Customer satisfaction from the post-ticket survey."
              value share(csat >= 4) over surveys where csat != none
              unit percent
              target >= 90%
            }
            """;
        var ambiguous = PolicyChecker.Check([new SourceText("lib/csat.score", rules)]);
        var warning = ambiguous.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.IsError).ShouldBe(("SR2016", false));

        var std = PolicyChecker.Check([PolicyRun.StdFolder]);
        std.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
    }
}
