using System.Collections.Concurrent;
using ScoreRules.Engine.CSharp;

namespace ScoreRules.Engine.Tests.CSharp;

public class CompileOnceTests
{
    // Five formulas: three score formulas and two value formulas.
    private const string Rules = """
        policy "Compile once" {
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
        }
        metric m1 { description "1" value count() over tickets  target >= 1  score csharp "Math.Min(100, value * 10)" }
        metric m2 { description "2" value count() over tickets  target >= 1  score csharp "Math.Min(100, value * 20)" }
        metric m3 { description "3" value csharp "tickets.Count"  target >= 1  score csharp "Math.Min(100, value * 30)" }
        metric m4 { description "4" value csharp "tickets.Sum(t => t.csat ?? 0)"  target >= 1  score met }
        scorecard all { dimension work { m1 25%  m2 25%  m3 25%  m4 25% } }
        """;

    [Fact]
    public void All_formulas_of_a_policy_are_compiled_in_one_compilation_once()
    {
        var compiled = new ConcurrentBag<CSharpCompilationInfo>();
        void Record(CSharpCompilationInfo info) => compiled.Add(info);
        CSharpFormulaCompiler.Compiled += Record;
        try
        {
            var policy = CSharpPolicy.From("compile-once.score", Rules); // checks the formulas: compiles them
            policy.CSharpDiagnostics.ShouldBeEmpty();
            var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
            {
                ["tickets"] = [.. new[] { "alice", "bob", "carol" }.SelectMany(p => Enumerable.Range(2, 3).Select(d =>
                    (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["person"] = p, ["created"] = CSharpPolicy.Shanghai(3, d, 10), ["csat"] = 4m }))],
            };
            var first = policy.Evaluate(rows, CSharpPolicy.Allowed());
            var second = policy.Evaluate(rows, CSharpPolicy.Allowed());
            var program = CSharpFormulaCompiler.Compile(policy.Policy);

            // Other tests compile at the same time; count this policy's compilations only.
            var mine = compiled.Where(c => c.Key == program.Key).ToList();
            mine.Count.ShouldBe(1);
            mine[0].FormulaCount.ShouldBe(5);
            program.FormulaCount.ShouldBe(5);
            // Each of 3 tickets: m1 30, m2 60, m3 90, m4 sum of CSAT 12 meets >= 1 → 100; mean 70 for everyone.
            foreach (var result in new[] { first, second })
            {
                result.Errors.ShouldBeEmpty();
                result.People.Select(p => p.Total).ShouldBe([70m, 70m, 70m]);
            }
        }
        finally
        {
            CSharpFormulaCompiler.Compiled -= Record;
        }
    }

    [Fact]
    public void A_policy_without_CSharp_compiles_nothing()
    {
        var policy = CSharpPolicy.From("plain.score", Rules.Replace("score csharp \"Math.Min(100, value * 10)\"", "score met")
            .Replace("score csharp \"Math.Min(100, value * 20)\"", "score met")
            .Replace("value csharp \"tickets.Count\"  target >= 1  score csharp \"Math.Min(100, value * 30)\"", "value count() over tickets  target >= 1  score met")
            .Replace("value csharp \"tickets.Sum(t => t.csat ?? 0)\"", "value sum(csat) over tickets"));
        CSharpFormulaCompiler.HasFormulas(policy.Policy).ShouldBeFalse();
        policy.CSharpDiagnostics.ShouldBeEmpty();
        policy.Input(new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>(), CSharpPolicy.Allowed()).CSharp.ShouldBeNull();
    }
}
