using ScoreRules.Engine.Results;

namespace ScoreRules.Engine.Tests.CSharp;

public class ScoreFormulaTests
{
    private const string Rules = """
        policy "C# scores" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; B >= 50; C else }
        }
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
        }
        metric volume "Tickets handled" {
          description "Tickets handled in the month."
          value count() over tickets
          unit count
          target >= 5
          score csharp "Math.Min(100, value * 20)"
        }
        scorecard all { dimension work { volume 100% } }
        """;

    private static Dictionary<string, object?> Ticket(string agent, int day, int month = 3) =>
        new() { ["person"] = agent, ["created"] = CSharpPolicy.Shanghai(month, day, 10) };

    [Fact]
    public void Points_follow_the_formula_and_are_capped_by_it()
    {
        var policy = CSharpPolicy.From("scores.score", Rules);
        policy.CSharpDiagnostics.ShouldBeEmpty();
        // alice 3 tickets in March: min(100, 3 × 20) = 60; bob 6: min(100, 120) = 100;
        // carol has one ticket in February only: no data, so no score.
        var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
        {
            ["tickets"] = [Ticket("alice", 2), Ticket("alice", 3), Ticket("alice", 4),
                .. Enumerable.Range(10, 6).Select(d => Ticket("bob", d)),
                Ticket("carol", 27, month: 2)],
        };
        var result = policy.Evaluate(rows, CSharpPolicy.Allowed());
        result.Errors.ShouldBeEmpty();
        var alice = result.People.Single(p => p.Person == "alice").Metrics.Single();
        alice.Value.ShouldBe(3m);
        alice.Score.ShouldBe(60m);
        result.People.Single(p => p.Person == "alice").Total.ShouldBe(60m);
        result.People.Single(p => p.Person == "bob").Metrics.Single().Score.ShouldBe(100m);
        var carol = result.People.Single(p => p.Person == "carol").Metrics.Single();
        carol.Status.ShouldBe(ValueStatus.NoData);
        carol.Score.ShouldBeNull();
    }
}
