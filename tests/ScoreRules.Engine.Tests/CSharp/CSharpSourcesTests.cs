using ScoreRules.Engine.Loading;

namespace ScoreRules.Engine.Tests.CSharp;

public class CSharpSourcesTests
{
    private const string Rules = """
        policy "Sources" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; C else }
        }
        source tickets "tickets.csv" { person = agent  at = created  created: datetime = created }
        source surveys "surveys.csv" { person = agent  at = answered  answered: datetime = answered  ces: number? = ces }
        source unused "unused.csv" { person = agent  at = day  day: date = day }
        metric volume { description "v" value count() over tickets  target >= 1  score met }
        metric effort { description "e" value csharp "surveys.Average(s => s.ces) ?? 0"  target <= 2  score met }
        scorecard all { dimension work { volume 50%  effort 50% } }
        """;

    [Fact]
    public void The_sources_a_CSharp_value_formula_names_are_loaded_only_when_CSharp_runs()
    {
        var policy = CSharpPolicy.From("sources.score", Rules).Policy;
        // `surveys` is read only by the C# formula; `unused` by nothing.
        DataSetLoader.SourcesUsed(policy).ShouldBe(["tickets"]);
        DataSetLoader.SourcesUsed(policy, includeCSharp: true).ShouldBe(["surveys", "tickets"]);
    }
}
