using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.Tests.CSharp;

public class CompileErrorTests
{
    private const string Template = """
        policy "Compile errors" {{
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades {{ A >= 90; C else }}
        }}
        source tickets "tickets.csv" {{
          person = agent
          at = created
          created: datetime = created
          csat: number? = csat
        }}
        metric probe "Probe" {{
          description "A formula that does not compile."
          target >= 1
          {0} score met
        }}
        metric other "Other" {{
          description "A good formula beside it."
          value csharp "tickets.Count"
          target >= 1
          score met
        }}
        scorecard all {{ dimension work {{ probe 50%  other 50% }} }}
        """;

    // The formula line is line 17, indented by two spaces: `value csharp "` puts the formula at column 17; the
    // column of a problem is 17 plus its offset in the formula (no escapes come before any of them).
    public static TheoryData<string, int, string> Cases() => new()
    {
        // `satisfaction` after `tickets.Count(t => t.` (21 characters)
        { """value csharp "tickets.Count(t => t.satisfaction >= 4)" """, 17 + 21, "source `tickets` has no field `satisfaction`; its fields are created, csat, person" },
        // `)` after `tickets.Count(t => t.csat >= ` (29 characters)
        { """value csharp "tickets.Count(t => t.csat >= )" """, 17 + 29, "Invalid expression term ')'" },
        { """value csharp "\"four\"" """, 17, "a C# formula gives a number, or null for no data; this gives `string`" },
        { """value csharp "var n = tickets.Count;" """, 17, "not every path of the formula ends in `return` with a number (or null for no data)" },
        // `"many"` after `if (tickets.Count > 0) return ` (30 characters)
        { """value csharp "if (tickets.Count > 0) return \"many\"; return 0;" """, 17 + 30, "a C# formula gives a number, or null for no data; this gives `string`" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Is_reported_where_it_is_and_the_other_formulas_still_run(string formulaLine, int column, string message)
    {
        var policy = CSharpPolicy.From("errors.score", string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, formulaLine));
        policy.Check.HasErrors.ShouldBeFalse(DiagnosticFormatter.RenderAll(policy.Check.Diagnostics));
        var rendered = DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics);
        var diagnostic = policy.CSharpDiagnostics.ShouldHaveSingleItem(rendered);
        diagnostic.Code.ShouldBe("SR2026");
        diagnostic.Position.ShouldBe(new ScoreRules.Language.Text.LinePosition(17, column), rendered);
        diagnostic.Message.ShouldContain(message);

        // The broken formula is left out of the assembly; the other one runs (2 tickets → 2, meets >= 1 → 100).
        var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
        {
            ["tickets"] = [.. new[] { 2, 3 }.Select(d => (IReadOnlyDictionary<string, object?>)
                new Dictionary<string, object?> { ["person"] = "alice", ["created"] = CSharpPolicy.Shanghai(3, d, 10) })],
        };
        var alice = policy.Evaluate(rows, CSharpPolicy.Allowed()).People.Single();
        alice.Metrics.Single(m => m.Id == "other").Score.ShouldBe(100m);
        var probe = alice.Metrics.Single(m => m.Id == "probe");
        probe.Status.ShouldBe(Results.ValueStatus.Error);
    }
}
