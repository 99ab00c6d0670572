using System.Text.Json;

namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>
/// <c>eval</c> and <c>explain</c> on the shipped policy rules/bank-service-desk with a tiny data folder:
/// bob's February from the policy's own test block, as the exports would hold it (column names from
/// rules/std/sources.score and the policy's own sources). The expected numbers are the ones worked out
/// in that test block's comments.
/// </summary>
public class BankPolicyEvalTests
{
    private static string Policy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return Path.Combine(dir.FullName, "rules", "bank-service-desk");
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    private static string WriteData(TempFolder dir)
    {
        dir.Write("data/people.csv", "employee_id,name,role,team,manager_id\nbob,李大明,tier1,A,m1\n");
        dir.Write("data/tickets.csv",
            "ticket_id,assignee,created_at,first_response_at,resolved_at,contact_count,reassignment_count,reopen_count,escalated,made_sla,customer_replies\n" +
            "T11,bob,2026-02-02 09:00,2026-02-02 09:10,2026-02-02 10:00,1,0,0,false,true,0\n" +
            "T12,bob,2026-02-03 11:50,2026-02-03 13:20,2026-02-03 16:00,1,0,0,false,true,0\n" +
            "T13,bob,2026-02-13 17:30,2026-02-23 09:10,2026-02-23 11:00,2,0,0,false,false,0\n" +
            "T14,bob,2026-02-26 17:50,2026-03-02 09:40,2026-03-02 11:00,1,0,0,false,true,0\n");
        dir.Write("data/csat_survey.csv",
            "問卷編號,承辦人員,填答時間,整體滿意度,處理費力程度\n" +
            "Q11,bob,2026/2/2 11:00,非常滿意,2\n" +
            "Q12,bob,2026/2/3 17:00,滿意,3\n" +
            "Q13,bob,2026/2/23 14:00,滿意,2\n" +
            "Q14,bob,2026/2/26 18:30,滿意,3\n" +
            "Q15,bob,2026/2/27 10:00,未填答,未填答\n" +
            "Q16,bob,2026/3/2 15:00,非常不滿意,7\n");
        dir.Write("data/training.csv",
            "employee_id,course_name,due_date,completed_date\n" +
            "bob,資訊安全意識,2026-02-10,2026-02-09\n" +
            "bob,個人資料保護,2026-02-26,\n");
        dir.Write("data/cert_summary.csv", "employee_id,as_of,certs_last_12_months\nbob,2026-02-28,1\n");
        dir.Write("data/ratings.csv",
            "ratee_id,rated_on,item,rater_id,rater_role,level,evidence\n" +
            "bob,2026-02-25,clarity,陳主任,supervisor,4,\"電話中以報表畫面說明權限問題,使用者當場理解\"\n" +
            "bob,2026-02-25,clarity,林同仁,peer,3,\n" +
            "bob,2026-02-26,clarity,張同仁,peer,2,\"回覆信件只寫錯誤代碼,使用者再來電詢問\"\n");
        dir.Write("data/bonus_claims.csv",
            "claim_id,employee_id,decided_on,kind,points,approved,description\n" +
            "B1,bob,2026-02-10,innovation,4,true,\n" +
            "B2,bob,2026-02-24,innovation,3,true,\n" +
            "B3,bob,2026-02-25,innovation,2,false,\n");
        return Path.Combine(dir.Path, "data");
    }

    [Fact]
    public void BobsFebruaryMatchesThePolicysOwnWorkedExample()
    {
        using var dir = new TempFolder();
        var data = WriteData(dir);

        var run = CliRun.Of("eval", Policy(), "--data", data, "--period", "2026-02", "--format", "json");

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        var bob = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("people").EnumerateArray().Single();
        decimal Value(string metric) => bob.GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == metric).GetProperty("value").GetDecimal();
        Value("csat").ShouldBe(4.25m);   // 5, 4, 4, 4; Q15 unanswered, Q16 in March
        Value("ces").ShouldBe(2.5m);     // 2, 3, 2, 3
        Value("frt").ShouldBe(47m);      // p90 of 10, 30, 40, 50 business minutes
        Value("fcr").ShouldBe(0.75m);    // T13 needed two contacts
        Value("training").ShouldBe(0.5m);
        Value("certs").ShouldBe(1m);
        bob.GetProperty("rated").EnumerateArray().Single().GetProperty("level").GetDecimal().ShouldBe(3.4m); // 4 × 60 % + 2.5 × 40 %
        bob.GetProperty("bonus").GetDecimal().ShouldBe(5m);  // 4 + 3 approved, capped at 5
        bob.GetProperty("total").GetDecimal().ShouldBe(65.5m); // 22.5 + 15 + 9 + 9 + 0 + 5 + 5
        bob.GetProperty("grade").GetString().ShouldBe("C");
    }

    [Fact]
    public void ExplainAddsTheDimensionsUpToTheTotal()
    {
        using var dir = new TempFolder();
        var data = WriteData(dir);

        var run = CliRun.Of("explain", Policy(), "--data", data, "--period", "2026-02", "--person", "bob");

        run.ExitCode.ShouldBe(0);
        // 客戶體驗 22.5 + 15; 運營效率 9 + 9; 學習成長 0 + 5; bonus 5.
        run.Stdout.Split('\n').ShouldContain(l => l.StartsWith("  客戶體驗 37.5 + 運營效率 18 + 學習成長 5 + bonus 5 = 65.5 → grade C 合格 (>= 60) ["));
        run.Stdout.ShouldContain("首次回應時間 (frt) = 47 min (p90 of work_minutes(created, responded, 台北營業時間) over 4 rows of tickets whose `created` falls in 2026-02 where responded != none) → target < 30 min missed → score 60 × weight 15 % = 9 points [");
    }
}
