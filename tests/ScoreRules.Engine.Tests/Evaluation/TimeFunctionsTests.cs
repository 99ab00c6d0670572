using ScoreRules.Engine.Tests.Pitfalls;

namespace ScoreRules.Engine.Tests.Evaluation;

/// <summary>
/// The time functions the checker accepts, evaluated from rule text to result: elapsed calendar time
/// minutes(start, end), hours(…), days(…); date(datetime) in the policy's zone; and business time over
/// date fields. Europe/Berlin moves its clocks forward on Sunday 2026-03-29 (02:00 → 03:00).
/// </summary>
public class TimeFunctionsTests
{
    private const string Rules = """
        policy "Time functions" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/Berlin"
          grades { A >= 90; B else }
        }

        calendar office "Office" {
          hours mon..fri 09:00-18:00
          holidays 2026-04-03
        }

        source tasks "tasks.csv" {
          key id = task_id
          person = owner
          at = due_date
          opened: datetime = opened_at
          closed: datetime = closed_at
          due: date = due_date
          done: date = done_date
        }

        metric elapsed_minutes "Elapsed minutes" {
          description "Calendar minutes from opening to closing."
          value sum(minutes(opened, closed)) over tasks
          unit minutes
          target <= 60 minutes
          score met
        }

        metric elapsed_hours "Elapsed hours" {
          description "Calendar hours from opening to closing."
          value sum(hours(opened, closed)) over tasks
          unit hours
          target <= 1 hours
          score met
        }

        metric late_days "Days late" {
          description "Calendar days from the due date to the done date."
          value sum(days(due, done)) over tasks
          unit days
          target <= 0 days
          score met
        }

        metric late_work_days "Business days late" {
          description "Business days from the due date to the done date."
          value sum(work_days(due, done, office)) over tasks
          unit days
          target <= 0 days
          score met
        }

        metric late_work_minutes "Business minutes late" {
          description "Business minutes from the start of the due date to the start of the done date."
          value sum(work_minutes(due, done, office)) over tasks
          unit minutes
          target <= 0 minutes
          score met
        }

        metric opened_on_first "Tasks opened on 1 April" {
          description "Tasks opened on 1 April, local time."
          value count() over tasks where date(opened) == 2026-04-01
          unit count
          target >= 1
          score met
        }

        metric opened_by_march "Tasks opened by 31 March" {
          description "Share of tasks opened on or before 31 March, local time."
          value share(opened <= 2026-03-31) over tasks
          unit percent
          target >= 100%
          score met
        }

        metric late "Tasks done after their due date" {
          description "Share of tasks done after their due date."
          value share(done > due) over tasks
          unit percent
          target <= 0%
          score met
        }

        scorecard all "All" {
          dimension d {
            elapsed_minutes 100%, elapsed_hours 0%, late_days 0%, late_work_days 0%, late_work_minutes 0%,
            opened_on_first 0%, opened_by_march 0%, late 0%
          }
        }
        """;

    // alice: Fri 27 March 16:00 CET → Mon 30 March 10:00 CEST; due Thu 2 April, done Tue 7 April.
    // bob: opened 2026-03-31T22:30Z = 1 April 00:30 in Berlin, closed 30 minutes before it was opened.
    private const string Tasks = """
        task_id,owner,opened_at,closed_at,due_date,done_date
        A1,alice,2026-03-27 16:00,2026-03-30 10:00,2026-04-02,2026-04-07
        B1,bob,2026-03-31T22:30Z,2026-03-31T22:00Z,2026-04-01,2026-04-01
        """;

    private static Results.EvaluationResult Run()
    {
        using var run = PolicyRun.Of(Rules).Data("tasks.csv", Tasks);
        return run.Evaluate("2026-04");
    }

    [Fact]
    public void Elapsed_time_between_date_times_is_real_time_across_a_clock_change()
    {
        var alice = Run().Person("alice");
        // Fri 16:00 → Mon 10:00 is 66 hours on the wall clock, one of which never happened: 65 h = 3 900 min.
        alice.Metric("elapsed_minutes").Value.ShouldBe(3_900m);
        alice.Metric("elapsed_hours").Value.ShouldBe(65m);
    }

    [Fact]
    public void Elapsed_time_is_signed()
    {
        // Closed 30 minutes before it was opened: −30 (business time would give 0 and a warning).
        Run().Person("bob").Metric("elapsed_minutes").Value.ShouldBe(-30m);
    }

    [Fact]
    public void Days_between_dates_and_business_time_over_date_fields()
    {
        var alice = Run().Person("alice");
        // Thu 2 → Tue 7 April: 5 calendar days.
        alice.Metric("late_days").Value.ShouldBe(5m);
        // Days after Thu 2 up to Tue 7: Fri 3 (holiday), Sat, Sun, Mon 6, Tue 7 → 2 business days.
        alice.Metric("late_work_days").Value.ShouldBe(2m);
        // From Thu 2 00:00 to Tue 7 00:00: Thu 540, Fri holiday, Mon 540 → 1 080 business minutes.
        alice.Metric("late_work_minutes").Value.ShouldBe(1_080m);
    }

    [Fact]
    public void Date_of_a_date_time_is_taken_in_the_policys_zone()
    {
        // 2026-03-31T22:30Z is 1 April 00:30 in Berlin (UTC+2): opened on 1 April, not 31 March.
        Run().Person("bob").Metric("opened_on_first").Value.ShouldBe(1m);
    }

    [Fact]
    public void Dates_in_the_rules_compare_with_date_fields_and_with_the_local_date_of_date_times()
    {
        var result = Run();
        // alice opened on 27 March (by 31 March: yes) and was done 7 April, due 2 April (late: yes).
        result.Person("alice").Metric("opened_by_march").Value.ShouldBe(1m);
        result.Person("alice").Metric("late").Value.ShouldBe(1m);
        // bob opened at 2026-03-31T22:30Z, which is 1 April in Berlin: not by 31 March. Done on its due date: not late.
        result.Person("bob").Metric("opened_by_march").Value.ShouldBe(0m);
        result.Person("bob").Metric("late").Value.ShouldBe(0m);
    }
}
