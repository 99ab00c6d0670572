namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 10: "tickets resolved in March" and "tickets opened in March" are different populations.
/// The source places a ticket by its creation (<c>at = created_at</c>); a metric that is about
/// resolutions says <c>at resolved</c>, which overrides the source's choice for that metric only, and
/// the trace says which field placed the rows in the period. (The std mttr, fcr_rate and reopen_rate
/// use <c>at resolved</c> for this reason.)
/// </summary>
public class P10_PopulationTests
{
    private const string Rules = """
        policy "Populations" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/London"
          grades { A >= 90; B else }
        }

        calendar office "Office hours" {
          hours mon..fri 09:00-18:00
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          resolved: datetime? = resolved_at
        }

        metric opened "Tickets opened" {
          description "Tickets opened in the period."
          value count() over tickets
          unit count
          target >= 1
          score met
        }

        metric resolved "Tickets resolved" {
          description "Tickets resolved in the period."
          value count() over tickets where resolved != none
          at resolved
          unit count
          target >= 1
          score met
        }

        metric mttr_opened "Resolution time of the tickets opened in the period" {
          description "Mean business hours to resolve, over the tickets opened in the period that are resolved."
          value mean(work_hours(created, resolved, office)) over tickets where resolved != none
          unit hours
          target <= 8 hours
          score linear { 8 -> 100, 24 -> 0 }
        }

        metric mttr_resolved "Resolution time of the tickets resolved in the period" {
          description "Mean business hours to resolve, over the tickets resolved in the period."
          value mean(work_hours(created, resolved, office)) over tickets where resolved != none
          at resolved
          unit hours
          target <= 8 hours
          score linear { 8 -> 100, 24 -> 0 }
        }

        scorecard agent "Agent" {
          dimension speed { mttr_resolved 100%, mttr_opened 0%, opened 0%, resolved 0% }
        }
        """;

    // T1 opened Fri 27 Feb, resolved Mon 2 Mar 09:00: Fri 09:00–18:00 = 9 business hours.
    // T2 opened and resolved Tue 3 Mar, 09:00 → 13:00: 4 hours.
    // T3 opened Mon 30 Mar 09:00, resolved Wed 1 Apr 09:00: Mon 9 + Tue 9 = 18 hours.
    // T4 opened Tue 31 Mar, still open.
    private const string Tickets = """
        ticket_id,assignee,created_at,resolved_at
        T1,alice,2026-02-27 09:00,2026-03-02 09:00
        T2,alice,2026-03-03 09:00,2026-03-03 13:00
        T3,alice,2026-03-30 09:00,2026-04-01 09:00
        T4,alice,2026-03-31 10:00,
        """;

    private static Results.PersonResult Alice()
    {
        using var run = PolicyRun.Of(Rules).Data("tickets.csv", Tickets);
        return run.Evaluate("2026-03").Person("alice");
    }

    [Fact]
    public void Opened_in_March_and_resolved_in_March_are_different_tickets()
    {
        var alice = Alice();
        // Opened in March: T2, T3, T4 = 3. Resolved in March: T1, T2 = 2.
        alice.Metric("opened").Value.ShouldBe(3m);
        alice.Metric("resolved").Value.ShouldBe(2m);
    }

    [Fact]
    public void The_same_formula_gives_different_values_over_the_two_populations()
    {
        var alice = Alice();
        // Opened in March and resolved: T2 4 h, T3 18 h → (4 + 18) / 2 = 11.
        alice.Metric("mttr_opened").Value.ShouldBe(11m);
        // Resolved in March: T1 9 h, T2 4 h → (9 + 4) / 2 = 6.5.
        alice.Metric("mttr_resolved").Value.ShouldBe(6.5m);
    }

    [Fact]
    public void The_trace_names_the_field_that_placed_rows_in_the_period()
    {
        var alice = Alice();
        var byCreation = alice.Metric("mttr_opened").Trace;
        byCreation.Population.ShouldBe("rows whose `created` falls in 2026-03");
        byCreation.RowsInPeriod.ShouldBe(3); // T2, T3, T4
        byCreation.RowsUsed.ShouldBe(2);     // T4 has no resolution
        var byResolution = alice.Metric("mttr_resolved").Trace;
        byResolution.Population.ShouldBe("rows whose `resolved` falls in 2026-03");
        byResolution.RowsInPeriod.ShouldBe(2); // T1, T2
        byResolution.RowsUsed.ShouldBe(2);
    }
}
