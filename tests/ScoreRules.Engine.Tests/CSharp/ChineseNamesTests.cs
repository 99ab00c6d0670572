using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Engine.Tests.CSharp;

public class ChineseNamesTests
{
    private const string Rules = """
        policy "某金融企業 IT 服務台考核" {
          version "2026-Q1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90 "卓越"; C else "待改進" }
        }
        source 工單 "tickets.csv" {
          person = 處理人
          at = 建立時間
          建立時間: datetime = 建立時間
          滿意度: number? = 滿意度
        }
        metric 滿意度平均 "客戶滿意度" {
          description "已評分工單的平均滿意度。"
          value csharp "工單.Where(t => t.滿意度 != null).Average(t => t.滿意度)"
          unit "/5"
          target >= 4.5
          score csharp "Math.Clamp((value - 3.5m) * 100, 0, 100)"
        }
        scorecard 一線 "一線客服" { dimension 客戶體驗 { 滿意度平均 100% } }
        """;

    [Fact]
    public void Sources_fields_and_metrics_may_have_Chinese_names()
    {
        var policy = CSharpPolicy.From("規則.score", Rules);
        policy.CSharpDiagnostics.ShouldBeEmpty(DiagnosticFormatter.RenderAll(policy.CSharpDiagnostics));
        var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>>
        {
            ["工單"] = [.. new (int Day, decimal? Csat)[] { (2, 5m), (3, 4m), (4, null) }.Select(t => (IReadOnlyDictionary<string, object?>)
                new Dictionary<string, object?> { ["person"] = "小明", ["建立時間"] = CSharpPolicy.Shanghai(3, t.Day, 10), ["滿意度"] = t.Csat })],
        };
        var person = policy.Evaluate(rows, CSharpPolicy.Allowed()).People.Single();
        // Mean of 5 and 4 = 4.5; score (4.5 − 3.5) × 100 = 100, clamped to 100.
        person.Metrics.Single().Value.ShouldBe(4.5m);
        person.Total.ShouldBe(100m);
        person.Grade.ShouldBe("A");
    }

    [Fact]
    public void Columns_count_Chinese_characters_as_one_each()
    {
        var policy = CSharpPolicy.From("規則.score", Rules.Replace(
            "工單.Where(t => t.滿意度 != null).Average(t => t.滿意度)", "工單.Count + Environment.ProcessorCount"));
        // the formula is on line 16, where `  value csharp "` puts it at column 17; `工單.Count + ` is 11 characters: column 28.
        var diagnostic = policy.CSharpDiagnostics.ShouldHaveSingleItem();
        diagnostic.ToString().ShouldStartWith("規則.score:16:28: error SR2024: `System.Environment.ProcessorCount`");
    }
}
