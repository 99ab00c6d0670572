namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 5: time zones and clock changes. Europe/Berlin moves from CET (UTC+1) to CEST (UTC+2) at
/// 02:00 on Sunday 2026-03-29. The same tickets are written three ways — naive local times (read in the
/// policy's zone), time stamps with their offset (+01:00 before the change, +02:00 after) and UTC — and
/// every metric must come out the same. The calendar unit tests (Calendars/DaylightSavingTests) cover the
/// counting itself; here it goes from CSV through the period slicing to the metric.
/// </summary>
public class P05_TimeZoneTests
{
    private const string Rules = """
        policy "Time zones" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/Berlin"
          grades { A >= 90; B else }
        }

        calendar desk "Around the clock" {
          hours mon..sun 00:00-24:00
        }

        calendar office "Office hours" {
          hours mon..fri 09:00-18:00
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          resolved: datetime = resolved_at
        }

        metric desk_minutes "Resolution time, around the clock" {
          description "Minutes from creation to resolution on a desk that never closes, summed."
          value sum(work_minutes(created, resolved, desk)) over tickets
          unit minutes
          target <= 600 minutes
          score met
        }

        metric office_minutes "Resolution time, office hours" {
          description "Business minutes from creation to resolution, summed."
          value sum(work_minutes(created, resolved, office)) over tickets
          unit minutes
          target <= 600 minutes
          score met
        }

        metric opened "Tickets opened" {
          description "Tickets opened in the period, by local date."
          value count() over tickets
          unit count
          target >= 1
          score met
        }

        scorecard agent "Agent" {
          dimension speed { desk_minutes 50%, office_minutes 50%, opened 0% }
        }
        """;

    // alice: Sat 28 March 22:00 CET → Sun 29 March 04:00 CEST, across the change.
    // bob:   Fri 27 March 17:00 CET → Mon 30 March 10:00 CEST, across the changed weekend.
    // carol: C1 Tue 31 March 23:30 CEST → Wed 1 April 08:00; C2 Wed 1 April 00:30 → 09:30 (April).
    public static TheoryData<string, string> Files => new()
    {
        { "naive local times", """
            ticket_id,assignee,created_at,resolved_at
            A1,alice,2026-03-28 22:00,2026-03-29 04:00
            B1,bob,2026-03-27 17:00,2026-03-30 10:00
            C1,carol,2026-03-31 23:30,2026-04-01 08:00
            C2,carol,2026-04-01 00:30,2026-04-01 09:30
            """ },
        { "offsets", """
            ticket_id,assignee,created_at,resolved_at
            A1,alice,2026-03-28T22:00+01:00,2026-03-29T04:00+02:00
            B1,bob,2026-03-27T17:00+01:00,2026-03-30T10:00+02:00
            C1,carol,2026-03-31T23:30+02:00,2026-04-01T08:00+02:00
            C2,carol,2026-04-01T00:30+02:00,2026-04-01T09:30+02:00
            """ },
        { "UTC", """
            ticket_id,assignee,created_at,resolved_at
            A1,alice,2026-03-28T21:00:00Z,2026-03-29T02:00:00Z
            B1,bob,2026-03-27T16:00:00Z,2026-03-30T08:00:00Z
            C1,carol,2026-03-31T21:30:00Z,2026-04-01T06:00:00Z
            C2,carol,2026-03-31T22:30:00Z,2026-04-01T07:30:00Z
            """ },
    };

    private static Results.EvaluationResult Run(string tickets)
    {
        using var run = PolicyRun.Of(Rules).Data("tickets.csv", tickets);
        return run.Evaluate("2026-03");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_ticket_across_the_clock_change_counts_real_minutes(string form, string tickets)
    {
        var result = Run(tickets);
        // 22:00 CET = 21:00Z, 04:00 CEST = 02:00Z: 5 real hours = 300 minutes (the wall clock says 6 h).
        result.Person("alice").Metric("desk_minutes").Value.ShouldBe(300m, form);
        // The office is closed on Saturday night and Sunday: 0.
        result.Person("alice").Metric("office_minutes").Value.ShouldBe(0m, form);
        // Fri 17:00 CET = 16:00Z to Mon 10:00 CEST = 08:00Z: 64 h = 3 840 minutes (the wall clock says 65 h).
        result.Person("bob").Metric("desk_minutes").Value.ShouldBe(3_840m, form);
        // Office: Fri 17:00–18:00 = 60, Mon 09:00–10:00 = 60 → 120.
        result.Person("bob").Metric("office_minutes").Value.ShouldBe(120m, form);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Rows_fall_in_the_period_of_their_local_date(string form, string tickets)
    {
        var carol = Run(tickets).Person("carol");
        // C1 opened 31 March 23:30 in Berlin (21:30Z): March. C2 opened 1 April 00:30 in Berlin, which is
        // still 31 March in UTC (22:30Z): April here. Slicing by UTC dates would give 2.
        carol.Metric("opened").Value.ShouldBe(1m, form);
        // C1 only: 23:30 → 08:00 = 8.5 h = 510 minutes around the clock.
        carol.Metric("desk_minutes").Value.ShouldBe(510m, form);
    }

    [Fact]
    public void The_three_ways_of_writing_time_give_identical_results()
    {
        var files = Files.Select(row => (string)row[1]).ToList();
        var runs = files.Select(Run).ToList();
        static IEnumerable<(string, string, decimal?, decimal?)> Numbers(Results.EvaluationResult r) =>
            r.People.SelectMany(p => p.Metrics.Select(m => (p.Person, m.Id, m.Value, m.Score)));
        Numbers(runs[1]).ShouldBe(Numbers(runs[0]));
        Numbers(runs[2]).ShouldBe(Numbers(runs[0]));
        runs.Select(r => r.People.Count).ShouldBe([3, 3, 3]);
    }
}
