using System.Text.RegularExpressions;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.Tests.CSharp;

/// <summary>The C# formula examples of docs/diagnostics.md and docs/language.md do what they say.</summary>
public partial class CSharpDocsTests
{
    private static string Doc(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", name)).ReplaceLineEndings("\n");

    [GeneratedRegex(@"```(?<lang>\w*)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private const string Header = """
        policy "Docs" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; C else }
        }

        """;

    public static TheoryData<string> Codes() => new(DiagnosticDescriptors.CSharpFormulaCodes.Select(d => d.Code));

    private static string Example(string code, string label)
    {
        var doc = Doc("diagnostics.md");
        var start = doc.IndexOf($"\n## {code} ", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"docs/diagnostics.md has no section for {code}");
        var at = doc.IndexOf($"\n{label}:\n", start, StringComparison.Ordinal);
        var block = CodeBlock().Match(doc, at);
        block.Success.ShouldBeTrue();
        block.Groups["lang"].Value.ShouldBe("score");
        return block.Groups["body"].Value;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_wrong_example_reports_the_code_and_the_right_one_nothing(string code)
    {
        var wrong = CSharpPolicy.From($"docs/{code}/wrong.score", Header + Example(code, "Wrong"));
        wrong.Check.HasErrors.ShouldBeFalse(DiagnosticFormatter.RenderAll(wrong.Check.Diagnostics));
        wrong.CSharpDiagnostics.Select(d => d.Code).ShouldContain(code, DiagnosticFormatter.RenderAll(wrong.CSharpDiagnostics));

        var right = CSharpPolicy.From($"docs/{code}/right.score", Header + Example(code, "Right"));
        right.Check.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(DiagnosticFormatter.RenderAll(right.Check.Diagnostics));
        right.CSharpDiagnostics.ShouldBeEmpty(DiagnosticFormatter.RenderAll(right.CSharpDiagnostics));
    }

    [Fact]
    public void The_example_in_the_language_guide_checks_and_compiles()
    {
        var doc = Doc("language.md");
        var section = doc[doc.IndexOf("## 16. C# formulas", StringComparison.Ordinal)..];
        var example = CodeBlock().Match(section).Groups["body"].Value;
        example.ShouldContain("metric weekend_share");
        var policy = CSharpPolicy.From("docs/language.score", Header + """
            source tickets "tickets.csv" {
              person = agent
              at = created
              created: datetime = created
            }

            """ + example + """
            scorecard all { dimension work { weekend_share 100% } }
            """);
        policy.Check.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(DiagnosticFormatter.RenderAll(policy.Check.Diagnostics));
        policy.CSharpDiagnostics.ShouldBeEmpty(DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics));
        // One weekend ticket (Saturday 7 March) of four: 25%; score 100 − (0.25 − 0.10) × 500 = 25.
        var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
        {
            ["tickets"] = [.. new[] { 7, 9, 10, 11 }.Select(d => (IReadOnlyDictionary<string, object?>)
                new Dictionary<string, object?> { ["person"] = "alice", ["created"] = CSharpPolicy.Shanghai(3, d, 10) })],
        };
        var metric = policy.Evaluate(rows, CSharpPolicy.Allowed()).People.Single().Metrics.Single();
        metric.Value.ShouldBe(0.25m);
        metric.Score.ShouldBe(25m);
    }
}
