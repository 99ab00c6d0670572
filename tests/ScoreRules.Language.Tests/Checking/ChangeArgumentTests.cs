using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Tests.Checking;

/// <summary>
/// <c>change</c> compares a metric's value with the previous period. Bonus points and rated (BARS) levels have no
/// previous-period value, so <c>change</c> of a bonus or a rated item is an error at the argument, found by the
/// checker rather than failing for every person at evaluation.
/// </summary>
public class ChangeArgumentTests
{
    private const string Policy = """
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
          csat: number? = csat
        }
        source ratings "ratings.csv" {
          person = ratee
          at = rated
          rated: date = rated
          item: text = item
          rater_role: text = rater_role
          level: int = level in 1 .. 5
        }
        source claims "claims.csv" {
          person = agent
          at = decided
          decided: date = decided
          points: number = points
        }
        metric csat "CSAT" {
          description "Mean answer of the month's surveys."
          value mean(csat) over tickets
          unit "/5"
          target >= 4.5
        }
        scale clarity "Clarity" {
          1 "Hard to follow"
          2 "Partly clear"
          3 "Clear"
        }
        rated comm "Communication" {
          scale clarity
          from ratings where item == "clarity"
          raters supervisor 100%
          target >= 2
        }
        bonus inno "Innovation" {
          value sum(points) over claims
          max 5
        }

        """;

    private static IReadOnlyList<Diagnostic> Check(string alert) =>
        PolicyChecker.Check([new SourceText("p.score", Policy + alert + "\n")]).Diagnostics;

    // The alert is the 42nd line: the policy text above has 41 (6 + 8 + 6 lines of sources, 6 of the metric, 5 of the scale, 6 of rated, 4 of bonus).
    private const int AlertLine = 42;

    [Fact]
    public void Change_of_a_metric_is_accepted()
    {
        Check("""alert "CSAT fell" when change(csat) < 0""").ShouldBeEmpty();
    }

    [Fact]
    public void Change_of_a_bonus_is_an_error_at_the_argument()
    {
        var d = Check("""alert "More ideas" when change(inno) > 0""").ShouldHaveSingleItem();

        d.Code.ShouldBe("SR2013");
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        // `alert "More ideas" when change(` is 31 characters: `inno` starts at column 32 and is 4 long.
        (d.Position.Line, d.Position.Column, d.Span.Length).ShouldBe((AlertLine, 32, 4));
        d.Message.ShouldBe("`change` compares a metric with the previous period, but `inno` is a bonus item (points added to the total), not a metric");
        d.Hint.ShouldBe("use its value for this period instead, e.g. `inno > 0`");
    }

    [Fact]
    public void Change_of_a_rated_item_is_an_error_at_the_argument()
    {
        var d = Check("""alert "Clearer" when change(comm) > 0 and change(csat) > 0""").ShouldHaveSingleItem();

        d.Code.ShouldBe("SR2013");
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        // `alert "Clearer" when change(` is 28 characters: `comm` starts at column 29.
        (d.Position.Line, d.Position.Column, d.Span.Length).ShouldBe((AlertLine, 29, 4));
        d.Message.ShouldBe("`change` compares a metric with the previous period, but `comm` is a rated item (a BARS level given by raters), not a metric");
        d.Hint.ShouldBe("use its value for this period instead, e.g. `comm < 3`");
    }

    [Fact]
    public void A_bonus_or_rated_item_on_its_own_is_accepted_in_a_condition()
    {
        // What the hints suggest: this period's points and level.
        Check("""alert "Ideas but unclear" when inno > 0 and comm < 3""").ShouldBeEmpty();
    }
}
