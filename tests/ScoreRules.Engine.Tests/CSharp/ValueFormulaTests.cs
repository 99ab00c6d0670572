using ScoreRules.Engine.Results;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.Tests.CSharp;

public class ValueFormulaTests
{
    private const string Rules = """
        policy "C# values" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; C else }
        }
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
          csat: number? = csat
          channel: text = channel
        }
        metric happy "Satisfied customers (language)" {
          description "Share of rated tickets with CSAT 4 or 5."
          value share(csat >= 4) over tickets where csat != none
          unit percent
          target >= 80%
          score met
        }
        metric happy_cs "Satisfied customers (C#)" {
          description "The same share, computed in C#."
          value csharp "tickets.Any(t => t.csat != null) ? tickets.Count(t => t.csat >= 4) / (decimal)tickets.Count(t => t.csat != null) : null"
          unit percent
          target >= 80%
          score met
        }
        metric weekend_share "Tickets created at the weekend" {
          description "Share of the person's tickets created on a Saturday or Sunday, desk time."
          value csharp "tickets.Count(t => t.created.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) / (double)tickets.Count"
          unit percent
          target <= 10%
        }
        metric loops "Statements" {
          description "A statement formula using loops, local functions, lambdas and goto."
          value csharp "var total = 0m; foreach (var t in tickets) { if (t.csat is decimal c) total += c; } int Twice(int x) => x * 2; var i = 0; while (i < 3) { i++; } for (var k = 0; k < 2; k++) { total += 0; } do { i++; } while (i < 5); var f = (decimal x) => x + 1; Action<int> touch = x => Math.Abs(x); touch(1); var g = 0; again: g++; if (g < 3) goto again; return f(total) + Twice(i) + g;"
          target >= 1
        }
        scorecard all {
          dimension cx { happy 50%  happy_cs 50% }
        }
        """;

    private static Dictionary<string, object?> Ticket(string agent, int day, int hour, decimal? csat, string channel = "phone") =>
        new() { ["person"] = agent, ["created"] = CSharpPolicy.Shanghai(3, day, hour), ["csat"] = csat, ["channel"] = channel };

    private static readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Rows = new()
    {
        ["tickets"] =
        [
            // alice: rated 5, 4, 2 and one unrated.
            Ticket("alice", 2, 10, 5m), Ticket("alice", 3, 10, 4m), Ticket("alice", 4, 10, null), Ticket("alice", 5, 10, 2m),
            // bob: no rated ticket. Saturday 7 March 10:00 is a weekend; Monday 9 March 01:00 in Shanghai is still
            // Sunday 17:00 in UTC, and counts as a weekday because the desk's time is what matters.
            Ticket("bob", 7, 10, null), Ticket("bob", 9, 1, null), Ticket("bob", 10, 10, null),
            // carol: one rating of 3.
            Ticket("carol", 11, 10, 3m),
        ],
    };

    [Fact]
    public void A_share_computed_in_CSharp_equals_the_same_share_in_the_language()
    {
        var policy = CSharpPolicy.From("values.score", Rules);
        policy.CSharpDiagnostics.ShouldBeEmpty(DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics));
        var result = policy.Evaluate(Rows, CSharpPolicy.Allowed());
        result.Errors.ShouldBeEmpty();
        foreach (var person in result.People)
        {
            var language = person.Metrics.Single(m => m.Id == "happy");
            var csharp = person.Metrics.Single(m => m.Id == "happy_cs");
            csharp.Status.ShouldBe(language.Status, person.Person);
            csharp.Value.ShouldBe(language.Value, person.Person);
        }
        // By hand: alice 2 of 3 rated tickets are 4 or more; bob has no rating (no data, not 0); carol 0 of 1.
        var alice = result.People.Single(p => p.Person == "alice").Metrics.Single(m => m.Id == "happy_cs");
        alice.Value.ShouldBe(2m / 3m);
        result.People.Single(p => p.Person == "bob").Metrics.Single(m => m.Id == "happy_cs").Status.ShouldBe(ValueStatus.NoData);
        result.People.Single(p => p.Person == "carol").Metrics.Single(m => m.Id == "happy_cs").Value.ShouldBe(0m);
        // The trace says which rows the formula was given.
        alice.Trace.Source.ShouldBe("tickets");
        alice.Trace.RowsInPeriod.ShouldBe(4);
    }

    [Fact]
    public void Date_times_are_the_desks_local_time_and_a_share_of_nothing_is_no_data()
    {
        var policy = CSharpPolicy.From("values.score", Rules);
        var input = policy.Input(Rows, CSharpPolicy.Allowed());
        // bob: Saturday 10:00 is the only weekend ticket of three → 1/3 (computed as a double, so to 15 digits).
        var weekend = CSharpPolicy.Metric(input, "bob", "weekend_share");
        weekend.Status.ShouldBe(ValueStatus.Ok, weekend.Error);
        weekend.Value!.Value.ShouldBe(1m / 3m, 1e-12m);
        // 0 / 0.0 is NaN in C#; a person without tickets has no data, never NaN or 0.
        CSharpPolicy.Metric(input, "dave", "weekend_share").Status.ShouldBe(ValueStatus.NoData);
    }

    [Fact]
    public void Statements_with_loops_lambdas_local_functions_and_goto_run_with_their_time_checks()
    {
        var policy = CSharpPolicy.From("values.score", Rules);
        var input = policy.Input(Rows, CSharpPolicy.Allowed());
        // alice's CSAT 5 + 4 + 2 = 11, so f(total) = 12; i counts to 3 in the while and to 5 in the do, Twice(5) = 10;
        // the goto loop leaves g at 3: 12 + 10 + 3 = 25.
        var loops = CSharpPolicy.Metric(input, "alice", "loops");
        loops.Error.ShouldBeNull();
        loops.Value.ShouldBe(25m);
    }
}
