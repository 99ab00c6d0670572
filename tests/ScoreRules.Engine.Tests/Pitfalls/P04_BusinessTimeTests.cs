namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 4: response and resolution times and day-based SLAs count business time only. The
/// calendar's own unit tests (Calendars/WorkTimeTests, WorkDaysTests) cover the counting rules; these
/// tests run the same cases through metrics, from CSV to result. April 2026 in London: Thu 2, Good
/// Friday 3 and Easter Monday 6 (both declared holidays below), Sat 11, Mon 13, Tue 14, Wed 15.
/// </summary>
public class P04_BusinessTimeTests
{
    private const string Rules = """
        policy "Business time" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/London"
          grades { A >= 90; B >= 75; C else }
        }

        calendar office "Office hours" {
          hours mon..fri 09:00-18:00
          holidays 2026-04-03, 2026-04-06 // Good Friday, Easter Monday
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          responded: datetime? = first_response_at
          resolved: datetime? = resolved_at
        }

        metric frt "First response time (mean)" {
          description "Mean business minutes from creation to the first response."
          value mean(work_minutes(created, responded, office)) over tickets where responded != none
          unit minutes
          target <= 30 minutes
          score linear { 30 -> 100, 120 -> 0 }
        }

        metric resolve_time "Resolution time (mean)" {
          description "Mean business minutes from creation to resolution."
          value mean(work_minutes(created, resolved, office)) over tickets where resolved != none
          unit minutes
          target <= 480 minutes
          score linear { 480 -> 100, 1440 -> 0 }
        }

        metric wall_clock "Resolution time on the clock (mean)" {
          description "Mean calendar minutes from creation to resolution, nights and weekends included."
          value mean(minutes(created, resolved)) over tickets where resolved != none
          unit minutes
          target <= 480 minutes
          score linear { 480 -> 100, 1440 -> 0 }
        }

        metric sla_2d "Resolved within 2 business days" {
          description "Share of resolved tickets whose resolution took at most 2 business days."
          value share(work_days(created, resolved, office) <= 2) over tickets where resolved != none
          unit percent
          target >= 90%
          score linear { 0.5 -> 0, 0.9 -> 100 }
        }

        scorecard agent "Agent" {
          dimension speed "Speed" { frt 40%, resolve_time 40%, sla_2d 20%, wall_clock 0% }
        }
        """;

    private const string Tickets = """
        ticket_id,assignee,created_at,first_response_at,resolved_at
        T1,alice,2026-04-11 14:00,2026-04-13 09:10,2026-04-13 11:00
        T2,bob,2026-04-14 20:00,2026-04-15 09:05,2026-04-15 10:00
        T3,carol,2026-04-02 10:00,2026-04-02 10:30,2026-04-07 10:00
        T4,carol,2026-04-08 10:00,2026-04-08 10:20,2026-04-13 10:00
        """;

    private static Results.EvaluationResult Run()
    {
        using var run = PolicyRun.Of(Rules).Data("tickets.csv", Tickets);
        return run.Evaluate("2026-04");
    }

    [Fact]
    public void Ticket_created_on_Saturday_and_answered_Monday_0910_took_10_business_minutes()
    {
        // Nothing counts on Saturday or Sunday; Monday 09:00–09:10 = 10.
        Run().Person("alice").Metric("frt").Value.ShouldBe(10m);
    }

    [Fact]
    public void Ticket_created_at_20_00_and_resolved_at_10_00_next_day_took_60_not_0_nor_840()
    {
        var bob = Run().Person("bob");
        // Tuesday is closed after 18:00; Wednesday 09:00–10:00 = 60.
        bob.Metric("resolve_time").Value.ShouldBe(60m);
        // On the clock it is 20:00 → 10:00 = 14 h = 840 minutes.
        bob.Metric("wall_clock").Value.ShouldBe(840m);
    }

    [Fact]
    public void Day_based_SLA_skips_weekends_and_declared_holidays()
    {
        var carol = Run().Person("carol");
        // T3 Thu 2 → Tue 7: days after Thu 2 up to Tue 7 are Fri 3 (holiday), Sat, Sun, Mon 6 (holiday),
        //    Tue 7 → 1 business day ≤ 2: met (5 calendar days; 3 weekdays if holidays were ignored).
        // T4 Wed 8 → Mon 13: Thu 9, Fri 10, (Sat, Sun), Mon 13 → 3 business days > 2: missed.
        // 1 of 2 = 50 %.
        carol.Metric("sla_2d").Value.ShouldBe(0.5m);
        // Business minutes: T3 Thu 10:00–18:00 = 480 + Tue 09:00–10:00 = 60 → 540;
        // T4 Wed 10:00–18:00 = 480 + Thu 540 + Fri 540 + Mon 09:00–10:00 = 60 → 1 620. Mean (540 + 1 620) / 2 = 1 080.
        carol.Metric("resolve_time").Value.ShouldBe(1_080m);
    }
}
