namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 8: FCR means different things on different desks, so the rule spells it out. The shipped
/// std fcr_rate is the strict form: one customer contact, no customer reply after the first answer,
/// never reassigned, never reopened, over the tickets resolved in the period. A reopened ticket is
/// not first-contact resolved unless a policy's own rule says so.
/// </summary>
public class P08_FirstContactResolutionTests
{
    private const string Rules = PolicyRun.ImportStd + """


        policy "FCR" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/London"
          grades { A >= 90; B >= 75; C >= 60; D else }
        }

        // This desk decides that a reopened ticket still counts, and says so in its own metric.
        metric fcr_reopen_ok "FCR, reopened tickets included" {
          description "Share of tickets resolved in the period with one customer contact, no customer reply after the first answer and no reassignment; reopening does not matter."
          value share(contacts == 1 and customer_replies == 0 and reassignments == 0) over tickets where resolved != none
          at resolved
          unit percent
          target >= 70%
          score linear { 0.5 -> 0, 0.7 -> 100 }
        }

        scorecard agent "Agent" {
          dimension quality "Resolution quality" { fcr_rate 100%, fcr_reopen_ok 0% }
        }
        """;

    private const string People = """
        employee_id,name,role,team,manager_id
        alice,Alice Brown,tier1,,
        """;

    // T1 one contact, settled by the first answer.            → FCR
    // T2 the customer replied "still broken" after the answer. → not FCR
    // T3 passed to the network team once.                     → not FCR
    // T4 resolved 5 March, reopened, resolved again 10 March.  → not FCR
    // T5 two contacts.                                        → not FCR
    // T6 opened in February, resolved 2 March, clean.          → FCR (resolved in March)
    // T7 resolved in April, T8 still open: not resolved in March, not counted.
    private const string Tickets = """
        ticket_id,assignee,created_at,first_response_at,resolved_at,contact_count,customer_replies,reassignment_count,reopen_count,escalated,made_sla
        T1,alice,2026-03-02 09:00,2026-03-02 09:10,2026-03-02 10:00,1,0,0,0,false,true
        T2,alice,2026-03-03 09:00,2026-03-03 09:10,2026-03-03 15:00,1,1,0,0,false,true
        T3,alice,2026-03-04 09:00,2026-03-04 09:10,2026-03-04 16:00,1,0,1,0,true,true
        T4,alice,2026-03-05 09:00,2026-03-05 09:10,2026-03-10 11:00,1,0,0,1,false,true
        T5,alice,2026-03-06 09:00,2026-03-06 09:10,2026-03-06 12:00,2,1,0,0,false,true
        T6,alice,2026-02-27 16:00,2026-02-27 16:10,2026-03-02 09:30,1,0,0,0,false,true
        T7,alice,2026-03-30 09:00,2026-03-30 09:10,2026-04-01 10:00,1,0,0,0,false,true
        T8,alice,2026-03-31 09:00,2026-03-31 09:10,,1,0,0,0,false,
        """;

    private static Results.PersonResult Alice()
    {
        using var run = PolicyRun.WithStd(Rules).Data("people.csv", People).Data("tickets.csv", Tickets);
        return run.Evaluate("2026-03").Person("alice");
    }

    [Fact]
    public void Std_FCR_needs_one_contact_no_reply_after_the_answer_no_reassignment_and_no_reopening()
    {
        var fcr = Alice().Metric("fcr_rate");
        // Resolved in March: T1–T6 = 6 tickets; first-contact resolved: T1 and T6 → 2 / 6 = 1/3.
        // ("contacts == 1" alone would count T1, T2, T3, T4, T6 = 5 / 6.)
        fcr.Value.ShouldBe(2m / 6m);
        fcr.Trace.RowsInPeriod.ShouldBe(6);
        // 1/3 is below the 50 % that scores 0.
        fcr.Score.ShouldBe(0m);
    }

    [Fact]
    public void A_reopened_ticket_counts_only_when_the_rule_says_so()
    {
        // The policy's own rule ignores reopening: T1, T4 and T6 → 3 / 6 = 50 %.
        Alice().Metric("fcr_reopen_ok").Value.ShouldBe(0.5m);
    }

    [Fact]
    public void The_std_definition_is_written_out_in_the_rule()
    {
        var formula = Alice().Metric("fcr_rate").Trace.Formula;
        formula.ShouldBe("share(contacts == 1 and customer_replies == 0 and reassignments == 0 and reopens == 0) over tickets where resolved != none");
    }
}
