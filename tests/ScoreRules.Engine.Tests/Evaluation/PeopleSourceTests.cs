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

    [Fact]
    public void Rows_of_people_not_in_the_list_are_a_warning_per_source()
    {
        // 王五 has 2 tickets and 趙六 1, but neither is in 人員.csv.
        var tickets = Tickets + "\nT4,王五,2026-03-05 10:00,2\nT5,趙六,2026-03-05 11:00,1\nT6,王五,2026-03-06 10:00,3";
        using var run = PolicyRun.Of(Rules).Data("人員.csv", People).Data("工單.csv", tickets);

        var data = run.Load();

        var warning = data.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("SD102");
        warning.IsError.ShouldBeFalse();
        warning.Path.ShouldEndWith("/工單.csv");
        // Named in ordinal order: 王 (U+738B) before 趙 (U+8D99).
        warning.Message.ShouldBe("3 rows of 工單.csv belong to people not in 人員.csv, so no result uses them: 王五 (2), 趙六 (1)");
    }

    [Fact]
    public void A_person_listed_twice_is_a_warning_naming_the_rows()
    {
        // Header is row 1: 張三 is on rows 2 and 4.
        var people = People + "\n張三,主管";
        using var run = PolicyRun.Of(Rules).Data("人員.csv", people).Data("工單.csv", Tickets);

        var data = run.Load();

        var warning = data.Diagnostics.ShouldHaveSingleItem();
        warning.Code.ShouldBe("SD103");
        warning.IsError.ShouldBeFalse();
        warning.Row.ShouldBe(4);
        warning.Message.ShouldBe("person \"張三\" is listed 2 times in 人員.csv (rows 2, 4); the last row is used; list each person once");
    }
}
