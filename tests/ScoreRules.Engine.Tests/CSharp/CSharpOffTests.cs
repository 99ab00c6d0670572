using ScoreRules.Engine.Results;

namespace ScoreRules.Engine.Tests.CSharp;

public class CSharpOffTests
{
    private const string Rules = """
        policy "C# off" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; B >= 60; C else }
        }
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
          csat: number? = csat
        }
        metric csat "CSAT" {
          description "Mean satisfaction."
          value mean(csat) over tickets
          unit "/5"
          target >= 4.5
          score linear { 3.5 -> 0, 4.5 -> 100 }
        }
        metric volume "Tickets" {
          description "Tickets handled, scored by a C# formula."
          value count() over tickets
          target >= 5
          score csharp "Math.Min(100, value * 20)"
        }
        metric rated_share "Rated tickets" {
          description "Share of tickets with a rating, computed in C#."
          value csharp "tickets.Count(t => t.csat != null) / (decimal)tickets.Count"
          unit percent
          target >= 50%
          score met
        }
        scorecard all { dimension work { csat 50%  volume 25%  rated_share 25% } }
        """;

    private static Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Rows() => new()
    {
        ["tickets"] =
        [
            new Dictionary<string, object?> { ["person"] = "alice", ["created"] = CSharpPolicy.Shanghai(3, 2, 10), ["csat"] = 4.2m },
            new Dictionary<string, object?> { ["person"] = "alice", ["created"] = CSharpPolicy.Shanghai(3, 3, 10), ["csat"] = null },
        ],
    };

    [Fact]
    public void Metrics_with_CSharp_are_errors_and_the_rest_is_evaluated()
    {
        var policy = CSharpPolicy.From("off.score", Rules);
        var input = policy.Input(Rows());
        input.Options.AllowCSharp.ShouldBeFalse();
        var result = ScoreRules.Engine.Evaluation.PolicyEvaluator.Evaluate(input);
        var alice = result.People.Single();

        var volume = alice.Metrics.Single(m => m.Id == "volume");
        volume.Status.ShouldBe(ValueStatus.Error);
        volume.Score.ShouldBeNull();
        var share = alice.Metrics.Single(m => m.Id == "rated_share");
        share.Status.ShouldBe(ValueStatus.Error);
        var scoreAt = policy.PositionOf("\"Math.Min");
        var valueAt = policy.PositionOf("\"tickets.Count");
        result.Errors.ShouldBe([
            $"metric `rated_share`: off.score:{valueAt.Line}:{valueAt.Column}: the C# value formula of metric `rated_share` was not run: C# formulas run only when they are allowed (scorerules eval --allow-csharp)",
            $"metric `volume`: off.score:{scoreAt.Line}:{scoreAt.Column}: the C# score formula of `volume` was not run: C# formulas run only when they are allowed (scorerules eval --allow-csharp)",
        ]);

        // csat: the one rating is 4.2 → (4.2 − 3.5) / (4.5 − 3.5) × 100 = 70. It carries all the weight that is left
        // (missing reweight): total 70, grade B.
        alice.Metrics.Single(m => m.Id == "csat").Score.ShouldBe(70m);
        alice.Total.ShouldBe(70m);
        alice.Grade.ShouldBe("B");
        // Nothing was compiled.
        input.CSharp.ShouldBeNull();
    }

    [Fact]
    public void The_same_rules_with_CSharp_allowed_use_every_metric()
    {
        var policy = CSharpPolicy.From("off.score", Rules);
        var result = policy.Evaluate(Rows(), CSharpPolicy.Allowed());
        result.Errors.ShouldBeEmpty();
        var alice = result.People.Single();
        // volume 2 tickets → min(100, 40) = 40; rated_share 1 of 2 = 50% meets >= 50% → 100; csat 70.
        // total = 70 × 50% + 40 × 25% + 100 × 25% = 35 + 10 + 25 = 70.
        alice.Metrics.Single(m => m.Id == "volume").Score.ShouldBe(40m);
        alice.Metrics.Single(m => m.Id == "rated_share").Value.ShouldBe(0.5m);
        alice.Total.ShouldBe(70m);
    }
}
