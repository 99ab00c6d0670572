using ScoreRules.Engine.Tests.Pitfalls;

namespace ScoreRules.Engine.Tests.Evaluation;

/// <summary>
/// The people list may be declared under any name: when no source is called <c>people</c>, the source
/// without <c>at</c> whose fields the scorecards' <c>for</c> conditions read lists the people.
/// </summary>
public class PeopleSourceTests
{
    private const string Rules = """
        policy "客服考核" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { 優 >= 90; 可 else }
        }

        source 工單 "工單.csv" {
          key 單號 = 單號
          person = 處理人
          at = 建立時間
          滿意度: number = 滿意度
        }

        source 人員 "人員.csv" {
          person = 工號
          角色: text = "角色"
        }

        metric 滿意 "滿意度" {
          description "平均滿意度。"
          value mean(滿意度) over 工單
          target >= 4
          score linear { 1 -> 0, 5 -> 100 }
        }

        scorecard 客服 "客服" for 角色 == "客服" {
          dimension 品質 { 滿意 100% }
        }
        """;

    private const string People = """
        工號,角色
        張三,客服
        李四,主管
        """;

    private const string Tickets = """
        單號,處理人,建立時間,滿意度
        T1,張三,2026-03-02 10:00,5
        T2,張三,2026-03-03 10:00,4
        T3,李四,2026-03-04 10:00,3
        """;

    [Fact]
    public void A_people_list_under_another_name_is_the_people_source()
    {
        using var run = PolicyRun.Of(Rules).Data("人員.csv", People).Data("工單.csv", Tickets);

        run.Policy().PeopleSource.ShouldBe("人員");
        var result = run.Evaluate("2026-03");

        // Both rows of 人員.csv, in file order; 張三 is 客服, 李四 (主管) has no scorecard.
        result.People.Select(p => p.Person).ShouldBe(["張三", "李四"]);
        var zhang = result.Person("張三");
        zhang.Scorecard.ShouldBe("客服");
        // mean(5, 4) = 4.5 → linear 1→0, 5→100: (4.5 − 1) / 4 × 100 = 87.5; grade 可 (below 90).
        zhang.Total.ShouldBe(87.5m);
        zhang.Grade.ShouldBe("可");
        result.Person("李四").Scorecard.ShouldBeNull();
    }

    [Fact]
    public void A_source_called_people_wins_over_others_without_at()
    {
        var rules = Rules.Replace("source 人員 \"人員.csv\" {", "source people \"people.csv\" {\n  person = id\n  角色: text = role\n}\n\nsource 人員 \"人員.csv\" {");
        using var run = PolicyRun.Of(rules);

        run.Policy().PeopleSource.ShouldBe("people");
    }
}
