using ScoreRules.Language.Checking;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Pitfall 6: the holidays are those the policy declares, nothing else. ScoreRules knows no country's
/// public holidays: a public holiday the calendar does not list is a working day. The checker warns
/// about a declared holiday that falls on a day without hours (SR2017; golden case
/// tests/ScoreRules.Language.Tests/TestFiles/diagnostics/SR2017-holiday-on-non-working-day.score).
/// England, April 2026: Good Friday is Fri 3, Easter Monday Mon 6; Sat 4 and Sun 5 are the weekend.
/// </summary>
public class P06_HolidayTests
{
    private const string Rules = """
        policy "Holidays" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/London"
          grades { A >= 90; B else }
        }

        // Declares Good Friday only; Easter Monday is then a working day.
        calendar good_friday "Office, Good Friday off" {
          hours mon..fri 09:00-18:00
          holidays 2026-04-03
        }

        calendar no_holidays "Office, no holidays" {
          hours mon..fri 09:00-18:00
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          responded: datetime = first_response_at
        }

        metric frt_good_friday "First response time (Good Friday off)" {
          description "Business minutes to the first response, Good Friday off."
          value sum(work_minutes(created, responded, good_friday)) over tickets
          unit minutes
          target <= 60 minutes
          score met
        }

        metric frt_no_holidays "First response time (no holidays)" {
          description "Business minutes to the first response, no holidays."
          value sum(work_minutes(created, responded, no_holidays)) over tickets
          unit minutes
          target <= 60 minutes
          score met
        }

        metric days_good_friday "Business days to respond (Good Friday off)" {
          description "Business days to the first response, Good Friday off."
          value sum(work_days(created, responded, good_friday)) over tickets
          unit days
          target <= 1 days
          score met
        }

        scorecard agent "Agent" {
          dimension speed { frt_good_friday 100%, frt_no_holidays 0%, days_good_friday 0% }
        }
        """;

    // Thu 2 April 17:00 → Mon 6 April 09:30.
    private const string Tickets = """
        ticket_id,assignee,created_at,first_response_at
        T1,alice,2026-04-02 17:00,2026-04-06 09:30
        """;

    [Fact]
    public void A_public_holiday_that_is_not_declared_is_a_working_day()
    {
        using var run = PolicyRun.Of(Rules).Data("tickets.csv", Tickets);
        var alice = run.Evaluate("2026-04").Person("alice");
        // Good Friday off: Thu 17:00–18:00 = 60, Fri holiday, weekend, Mon 09:00–09:30 = 30 → 90.
        // Easter Monday is a public holiday in England, but this calendar does not declare it: it counts.
        alice.Metric("frt_good_friday").Value.ShouldBe(90m);
        // No holidays: Thu 60 + Fri 540 + Mon 30 = 630.
        alice.Metric("frt_no_holidays").Value.ShouldBe(630m);
        // Business days after Thu 2 up to Mon 6: Fri 3 (holiday), Sat, Sun, Mon 6 (working) → 1.
        alice.Metric("days_good_friday").Value.ShouldBe(1m);
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_warned_and_changes_nothing()
    {
        var rules = Rules.Replace("holidays 2026-04-03", "holidays 2026-04-03, 2026-04-04");
        using var run = PolicyRun.Of(rules).Data("tickets.csv", Tickets);
        var warning = run.Check().Check.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.IsError).ShouldBe(("SR2017", false));
        warning.Message.ShouldContain("2026-04-04 is a Saturday");
        // Saturday has no hours anyway: still 90 minutes and 1 business day.
        var alice = run.Evaluate("2026-04").Person("alice");
        alice.Metric("frt_good_friday").Value.ShouldBe(90m);
        alice.Metric("days_good_friday").Value.ShouldBe(1m);
    }

    [Fact]
    public void A_holiday_on_a_working_day_is_not_warned()
    {
        var result = PolicyChecker.Check([new SourceText("lib/office.score", """
            calendar office "Office" {
              hours mon..fri 09:00-18:00, sat 09:00-13:00
              holidays 2026-04-03, 2026-04-04 // Friday; Saturday is a working day here
            }
            """)]);
        result.Diagnostics.ShouldBeEmpty();
    }
}
