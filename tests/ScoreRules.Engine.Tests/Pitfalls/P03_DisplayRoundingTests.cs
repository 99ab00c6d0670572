using ScoreRules.Engine.Display;

namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 3: a value must read the same wherever it is shown. Tables, explanations and the PDCA
/// texts of <c>improve</c> rules all format through <see cref="ValueFormatter"/>, which rounds half
/// away from zero, only for display. (PolicyEvaluatorTests.MissedTargetFiresThePdcaItem checks one
/// rendered plan; these tests compare the two paths with each other.)
/// </summary>
public class P03_DisplayRoundingTests
{
    private const string Rules = """
        policy "Display" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
          grades { A >= 90; B >= 75; C else }
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          contacts: int = contact_count
          wait: number = wait_minutes
          quality: number = audit_quality
        }

        metric fcr "First contact resolution (FCR)" {
          description "Share of tickets solved with one contact."
          value share(contacts == 1) over tickets
          unit percent
          target >= 80%
          score met
        }

        metric wait "Waiting time (mean)" {
          description "Mean minutes a caller waited."
          value mean(wait) over tickets
          unit minutes
          target <= 10 minutes
          score met
        }

        metric quality "Audit quality (mean share of checks passed)" {
          description "Mean share of the quality checks a ticket passed."
          value mean(quality) over tickets
          unit percent
          target >= 66.7%
          score met
        }

        scorecard agent "Agent" {
          dimension service "Service" { fcr 40%, wait 30%, quality 30% }
        }

        improve fcr when missed {
          plan "FCR {{ value | pct }}, target {{ operator }} {{ target | pct }}"
          act "done"
        }

        improve wait when missed {
          plan "Callers waited {{ value | minutes }} on average"
          act "done"
        }

        improve quality when missed {
          plan "Audits passed {{ value | pct }}"
          act "done"
        }
        """;

    // alice: contacts 1, 1, 2 → FCR 2 / 3. wait: 27.4 + 27.5 + 27.45 = 82.35 / 3 = 27.45 minutes.
    // quality: 0.6665 on each ticket → mean 0.6665 = 66.65 %.
    private const string Tickets = """
        ticket_id,assignee,created_at,contact_count,wait_minutes,audit_quality
        T1,alice,2026-03-02 09:00,1,27.4,0.6665
        T2,alice,2026-03-03 09:00,1,27.5,0.6665
        T3,alice,2026-03-04 09:00,2,27.45,0.6665
        """;

    private static Results.PersonResult Alice()
    {
        using var run = PolicyRun.Of(Rules).Data("tickets.csv", Tickets);
        return run.Evaluate("2026-03").Person("alice");
    }

    private static string Plan(Results.PersonResult person, string metric) =>
        person.Improvements.Single(i => i.Metric == metric).Plan!;

    [Fact]
    public void Two_thirds_reads_66_7_percent_in_the_formatter()
    {
        // 2 / 3 = 0.6666…; × 100 = 66.666…; one decimal → 66.7.
        ValueFormatter.Format(2m / 3m, "percent").ShouldBe("66.7 %");
    }

    [Fact]
    public void The_PDCA_text_shows_the_same_string_as_the_formatter()
    {
        var alice = Alice();
        var fcr = alice.Metric("fcr");
        fcr.Value.ShouldBe(2m / 3m);
        var shown = ValueFormatter.Format(fcr.Value, fcr.Unit);
        shown.ShouldBe("66.7 %");
        // The target is shown by the same formatter: 80% → "80 %".
        Plan(alice, "fcr").ShouldBe($"FCR {shown}, target >= 80 %");
    }

    [Fact]
    public void Midpoints_round_half_away_from_zero_in_both_places()
    {
        var alice = Alice();
        // 27.45 minutes → "27.5 min" (rounding half to even would give 27.4).
        var wait = alice.Metric("wait");
        wait.Value.ShouldBe(27.45m);
        ValueFormatter.Format(wait.Value, wait.Unit).ShouldBe("27.5 min");
        Plan(alice, "wait").ShouldBe("Callers waited 27.5 min on average");
        // 0.6665 → 66.65 % → "66.7 %" (half to even would give 66.6 %).
        var quality = alice.Metric("quality");
        quality.Value.ShouldBe(0.6665m);
        ValueFormatter.Format(quality.Value, quality.Unit).ShouldBe("66.7 %");
        Plan(alice, "quality").ShouldBe("Audits passed 66.7 %");
    }

    [Fact]
    public void Rounding_is_for_display_only_so_a_value_shown_as_the_target_can_still_miss_it()
    {
        var quality = Alice().Metric("quality");
        // 0.6665 is shown as "66.7 %" and the target as ">= 66.7 %", but 0.6665 < 0.667: missed, score 0.
        ValueFormatter.Format(quality.Target!.Value, quality.Unit).ShouldBe("66.7 %");
        quality.Met.ShouldBe(false);
        quality.Score.ShouldBe(0m);
    }
}
