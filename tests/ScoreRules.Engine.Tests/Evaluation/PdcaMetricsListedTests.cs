using ScoreRules.Engine.Tests.Pitfalls;

namespace ScoreRules.Engine.Tests.Evaluation;

/// <summary>A person's metrics list the scorecard's metrics, then every other metric a PDCA rule looks at.</summary>
public class PdcaMetricsListedTests
{
    // The scorecard weighs only volume. The improve rule improves fast, fires on `slow_share > 0` and checks `late` next
    // period: all three are looked at by a PDCA rule. `unused` is looked at by nothing.
    private const string Rules = """
        policy "P" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
        }
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
          minutes: number = minutes
        }
        metric volume "Volume" { value count() over tickets  target >= 1  score met }
        metric fast "Fast" { value share(minutes < 30) over tickets  unit percent  target >= 50%  score met }
        metric slow_share "Slow" { value share(minutes >= 60) over tickets  unit percent }
        metric late "Late" { value count(minutes) over tickets where minutes >= 120 }
        metric unused "Unused" { value max(minutes) over tickets }
        scorecard all { dimension work { volume 100% } }
        improve fast when slow_share > 0 {
          plan "Look at the slow tickets."
          check late next period
        }
        """;

    [Fact]
    public void Metrics_named_in_a_pdca_rules_when_and_check_are_listed_after_the_scorecards()
    {
        using var run = PolicyRun.Of(Rules).Data("tickets.csv", "agent,created,minutes\nann,2026-03-02 10:00,20\nann,2026-03-03 10:00,130\n");

        var ann = run.Evaluate("2026-03").People.ShouldHaveSingleItem();

        ann.Metrics.Select(m => m.Id).ShouldBe(["volume", "fast", "slow_share", "late"]);
        // ann: 2 tickets; 1 of 2 under 30 minutes; 1 of 2 at 60 or more; 1 at 120 or more.
        ann.Metrics.Select(m => m.Value).ShouldBe([2m, 0.5m, 0.5m, 1m]);
    }
}
