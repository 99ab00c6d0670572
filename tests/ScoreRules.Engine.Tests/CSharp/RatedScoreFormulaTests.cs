using NodaTime;
using ScoreRules.Engine.Results;

namespace ScoreRules.Engine.Tests.CSharp;

public class RatedScoreFormulaTests
{
    private const string Rules = """
        policy "Rated" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; C else }
        }
        source ratings "ratings.csv" {
          person = ratee
          at = rated
          rated: date = rated
          item: text = item
          rater: text = rater
          rater_role: text = rater_role
          level: int = level
        }
        scale clarity "Clarity" { 1 "unclear" 2 "vague" 3 "clear" 4 "precise" 5 "in the user's words" }
        rated communication "Communication" {
          description "How clearly problems are explained."
          scale clarity
          from ratings where item == "clarity"
          raters supervisor 60%, peer 40%
          target >= 4
          score csharp "value >= 4 ? 100 : value * 20"
        }
        scorecard all { dimension people { communication 100% } }
        """;

    private static Dictionary<string, object?> Rating(string rater, string role, int level) => new()
    {
        ["person"] = "alice", ["rated"] = new LocalDate(2026, 3, 20), ["item"] = "clarity",
        ["rater"] = rater, ["rater_role"] = role, ["level"] = (decimal)level,
    };

    [Fact]
    public void A_rated_item_is_scored_by_its_formula_from_the_combined_level()
    {
        var policy = CSharpPolicy.From("rated.score", Rules);
        policy.CSharpDiagnostics.ShouldBeEmpty();
        var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
        {
            ["ratings"] = [Rating("sam", "supervisor", 3), Rating("pat", "peer", 4)],
        };
        var result = policy.Evaluate(rows, CSharpPolicy.Allowed());
        result.Errors.ShouldBeEmpty();
        var rated = result.People.Single().Rated.Single();
        // level = 3 × 60% + 4 × 40% = 3.4 (below 4), so 3.4 × 20 = 68 points.
        rated.Level.ShouldBe(3.4m);
        rated.Score.ShouldBe(68m);
        result.People.Single().Total.ShouldBe(68m);
    }

    [Fact]
    public void Without_CSharp_the_rated_item_is_an_error_and_has_no_score()
    {
        var policy = CSharpPolicy.From("rated.score", Rules);
        var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
        {
            ["ratings"] = [Rating("sam", "supervisor", 3), Rating("pat", "peer", 4)],
        };
        var result = policy.Evaluate(rows);
        var rated = result.People.Single().Rated.Single();
        rated.Status.ShouldBe(ValueStatus.Error);
        rated.Score.ShouldBeNull();
        var at = policy.PositionOf("\"value >= 4");
        result.Errors.ShouldBe([$"rated item `communication`: rated.score:{at.Line}:{at.Column}: the C# score formula of `communication` was not run: C# formulas run only when they are allowed (scorerules eval --allow-csharp)"]);
    }
}
