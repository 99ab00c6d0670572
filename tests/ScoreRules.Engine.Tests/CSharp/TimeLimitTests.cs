using System.Diagnostics;
using ScoreRules.Engine.CSharp;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.Tests.CSharp;

public class TimeLimitTests
{
    private const string Rules = """
        policy "Runaway formulas" {
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
        }
        metric volume "Tickets" {
          description "Tickets handled."
          value count() over tickets
          target >= 1
          score met
        }
        metric spin "Never ends" {
          description "An endless loop."
          value csharp "while (true) { }"
          target >= 1
          score met
        }
        metric caught "Catches the stop" {
          description "Catches the time-limit exception inside an endless loop."
          value csharp "while (true) { try { while (true) { } } catch { } }"
          target >= 1
          score met
        }
        metric swallowed "Catches the stop and returns" {
          description "Catches the time-limit exception and returns a number as if nothing happened."
          value csharp "try { while (true) { } } catch (Exception) { } return 1;"
          target >= 1
          score met
        }
        metric jumps "Goto loop" {
          description "A loop made of goto."
          value csharp "var n = 0; again: n++; goto again;"
          target >= 1
          score met
        }
        metric deep "Calls itself" {
          description "Recursion without end."
          value csharp "int Down(int n) => Down(n + 1) + 1; return Down(0);"
          target >= 1
          score met
        }
        metric lambda_loop "Loop in a lambda" {
          description "An endless loop inside a lambda given to LINQ."
          value csharp "tickets.Sum(t => { var i = 0; while (i >= 0) { i = (i + 1) % 10; } return i; })"
          target >= 1
          score met
        }
        metric divide "Division by zero" {
          description "Throws."
          value count() over tickets
          target >= 1
          score csharp "100 / (value - value)"
        }
        scorecard all { dimension work { volume 50%  divide 50% } }
        """;

    private static readonly Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> Rows = new()
    {
        ["tickets"] =
        [
            new Dictionary<string, object?> { ["person"] = "alice", ["created"] = CSharpPolicy.Shanghai(3, 2, 10) },
            new Dictionary<string, object?> { ["person"] = "alice", ["created"] = CSharpPolicy.Shanghai(3, 3, 10) },
        ],
    };

    public static TheoryData<string, string> Runaways() => new()
    {
        { "spin", "while (true)" },
        { "caught", "while (true) { try" },
        { "swallowed", "try { while (true) { } } catch (Exception)" },
        { "jumps", "var n = 0; again" },
        { "lambda_loop", "tickets.Sum" },
    };

    [Theory]
    [MemberData(nameof(Runaways))]
    public void A_formula_that_does_not_end_is_stopped_at_its_time_limit_and_reported_with_its_place(string metric, string formulaStart)
    {
        var policy = CSharpPolicy.From("runaway.score", Rules);
        policy.CSharpDiagnostics.ShouldBeEmpty(DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics));
        CSharpFormulaCompiler.Compile(policy.Policy); // compile outside the clock
        var input = policy.Input(Rows, CSharpPolicy.Allowed(milliseconds: 50));

        var clock = Stopwatch.StartNew();
        var value = CSharpPolicy.Metric(input, "alice", metric);
        clock.Stop();

        value.Status.ShouldBe(ValueStatus.Error);
        // The location is the formula's opening quote: one column before the formula's text.
        var at = policy.PositionOf(formulaStart);
        value.Error.ShouldBe($"runaway.score:{at.Line}:{at.Column - 1}: the C# value formula of metric `{metric}` was stopped after its time limit of 50 ms (does a loop never end?)");
        // Stopped soon after the limit, not left spinning (generous bound for a loaded machine).
        clock.ElapsedMilliseconds.ShouldBeLessThan(5000);
    }

    [Fact]
    public void Recursion_without_end_is_stopped_before_the_stack_runs_out()
    {
        var policy = CSharpPolicy.From("runaway.score", Rules);
        var input = policy.Input(Rows, CSharpPolicy.Allowed(milliseconds: 5000));
        var value = CSharpPolicy.Metric(input, "alice", "deep");
        value.Status.ShouldBe(ValueStatus.Error);
        var at = policy.PositionOf("int Down");
        value.Error.ShouldBe($"runaway.score:{at.Line}:{at.Column - 1}: the C# value formula of metric `deep` was stopped: it calls itself too deeply");
    }

    [Fact]
    public void A_failing_formula_is_an_error_of_its_metric_and_the_rest_is_evaluated()
    {
        var policy = CSharpPolicy.From("runaway.score", Rules);
        var result = policy.Evaluate(Rows, CSharpPolicy.Allowed(milliseconds: 50));
        var alice = result.People.Single();
        var at = policy.PositionOf("100 / (value");
        var expected = $"runaway.score:{at.Line}:{at.Column - 1}: the C# score formula of `divide` failed: Attempted to divide by zero.";
        // `divide` has its value (2 tickets) but its score formula divides by zero: the metric is an error.
        var divide = alice.Metrics.Single(m => m.Id == "divide");
        divide.Status.ShouldBe(ValueStatus.Error);
        divide.Score.ShouldBeNull();
        result.Errors.ShouldBe([$"metric `divide`: {expected}"]);
        // volume: 2 tickets meet `>= 1`, score 100. With `divide` missing, its weight goes to volume (missing reweight):
        // total = 100 × 50% × (100% / 50%) = 100.
        alice.Metrics.Single(m => m.Id == "volume").Score.ShouldBe(100m);
        alice.Total.ShouldBe(100m);
        alice.Grade.ShouldBe("A");
    }
}
