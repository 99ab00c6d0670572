using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Tests.Evaluation;

/// <summary>PDCA texts loop at most 1,000 times, and a text that fails is an error at its <c>improve</c> rule, not a crash.</summary>
public class PdcaRenderLimitTests
{
    private static readonly RuleLocation At = new("policy.score", 12, 1, 7);

    private static MetricResult Fcr() => new("fcr", "一次解決率 FCR", 0.7m, ValueStatus.Ok, "percent",
        new TargetModel(CompareOp.GreaterOrEqual, 0.85m, "percent"), false, 0m, "ops", 0.15m, 0.15m, 0m,
        new MetricTrace("", "tickets", null, 0, 0, new Dictionary<string, int>(), RuleLocation.None));

    private static ImprovementResult Render(string plan, string act) =>
        PdcaRenderer.Render(new ImproveModel("fcr", null, plan, "coach", 30m, "supervisor", "fcr", act, At), Fcr(), "A1001", "王小美", "2026-03",
            new LocalDate(2026, 3, 31), new PdcaTemplates());

    [Fact]
    public void A_text_may_loop_a_thousand_times()
    {
        Render("{{ for i in 1..1000 }}.{{ end }}", "done").Plan.ShouldBe(new string('.', 1000));
    }

    // Columns: `while` after "{{ " is the 4th character; the `/` of "FCR {{ value / 0 }}" is the 14th.
    [Theory]
    [InlineData("{{ while true }}x{{ end }}", 4, "Exceeding number of iteration limit `1000` for loop statement.")]
    [InlineData("FCR {{ value / 0 }}", 14, "Attempted to divide by zero.")]
    public void A_text_that_fails_is_an_error_at_its_rule(string act, int column, string scriban)
    {
        var error = Should.Throw<EvaluationException>(() => Render("plan", act));

        error.Location.ShouldBe(At);
        error.Message.ShouldBe($"the act text of `improve fcr` cannot be written (line 1, column {column} of the text): {scriban}");
    }

    [Fact]
    public void A_failing_text_makes_an_evaluation_error_and_the_evaluation_goes_on()
    {
        const string rules = """
            policy "T" {
              version "1"
              effective 2026-01-01 .. 2026-12-31
              period month
              timezone "Europe/Berlin"
              grades { A >= 90; B else }
            }
            source people "people.csv" { person = id  role: text = role }
            source tickets "t.csv" { person = agent  at = created  created: datetime = created  contacts: int = contacts }
            metric fcr "FCR" { value share(contacts == 1) over tickets  unit percent  target >= 80%  score met }
            scorecard t1 for role == "tier1" { dimension ops { fcr 100% } }
            improve fcr when missed {
              plan "FCR {{ value | pct }}"
              act "{{ while true }}{{ end }}"
            }
            """;
        var parsed = ScoreParser.Parse("t.score", rules);
        parsed.Diagnostics.ShouldBeEmpty();
        var policy = PolicyBinder.Bind([parsed.Tree]);
        var march = Timestamps.FromLocal(new LocalDateTime(2026, 3, 2, 9, 0), "Europe/Berlin");
        var tables = new Dictionary<string, SourceTable>
        {
            ["people"] = new(policy.Sources["people"], "people.csv", [new DataRecord(2, ["tier1", "alice"])]),
            // One ticket, two contacts: FCR 0 % misses the 80 % target, so the improve rule fires.
            ["tickets"] = new(policy.Sources["tickets"], "t.csv", [new DataRecord(2, [march, 2m, "alice"])]),
        };

        var result = PolicyEvaluator.Evaluate(new EvaluationInput(policy, tables, AppraisalPeriod.Parse("2026-03")));

        // `improve` is on line 12 of the rules; `while` at column 4 of the act text.
        result.Errors.ShouldBe(["t.score:12:1: the act text of `improve fcr` cannot be written (line 1, column 4 of the text): Exceeding number of iteration limit `1000` for loop statement."]);
        var alice = result.People.ShouldHaveSingleItem();
        alice.Metrics.Single(m => m.Id == "fcr").Value.ShouldBe(0m);
        alice.Improvements.ShouldBeEmpty();
    }
}
