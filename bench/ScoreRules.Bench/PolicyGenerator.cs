using System.Globalization;
using System.Text;

namespace ScoreRules.Bench;

/// <summary>
/// Writes a large, valid policy for benchmarks: a policy header and a calendar, then repeated groups of a
/// ticket source, four metrics (CSAT, CES, FRT, FCR), a scorecard, a PDCA improvement item, an alert and
/// a test with an inline table, until the text has the requested number of lines.
/// The same line count always gives the same text.
/// </summary>
public static class PolicyGenerator
{
    /// <summary>Generates a policy of at least <paramref name="minLines"/> lines (LF line ends).</summary>
    /// <param name="minLines">The smallest number of lines wanted; the text stops after the group that reaches it.</param>
    /// <returns>The policy text.</returns>
    public static string Generate(int minLines)
    {
        var sb = new StringBuilder();
        var lines = 0;
        void Line(string text = "")
        {
            sb.Append(text).Append('\n');
            lines++;
        }

        Line("// Generated benchmark policy: many teams, each with its own source, metrics and scorecard.");
        Line("policy \"某金融企業 IT 服務台考核(基準測試)\" {");
        Line("  version \"2026-Q1\"");
        Line("  effective 2026-01-01 .. 2026-03-31");
        Line("  period month");
        Line("  timezone \"Asia/Shanghai\"");
        Line("  grades { A >= 90 \"卓越\"; B >= 75 \"良好\"; C >= 60 \"合格\"; D else \"待改進\" }");
        Line("}");
        Line();
        Line("calendar office {");
        Line("  hours mon..fri 09:00-12:00, 13:00-18:00");
        Line("  holidays 2026-01-01, 2026-02-16 .. 2026-02-20");
        Line("}");
        Line();
        Line("source people \"people.csv\" {");
        Line("  person = id");
        Line("  role: text = role");
        Line("  team: text = team");
        Line("}");

        for (var team = 1; lines < minLines; team++)
        {
            var t = team.ToString(CultureInfo.InvariantCulture);
            Line();
            Line($"// ---------------------------------------------------------------- team {t}");
            Line($"source tickets_{t} \"team{t}/tickets.csv\" {{");
            Line("  encoding \"utf-8\"");
            Line("  missing \"\", \"?\", \"N/A\"");
            Line("  on error skip");
            Line("  key id = ticket_id");
            Line("  person = assignee");
            Line("  at = created_at");
            Line("  created: datetime = created_at");
            Line("  responded: datetime? = first_response_at");
            Line("  resolved: datetime? = resolved_at");
            Line("  contacts: int = contact_count");
            Line("  escalated: bool = escalated");
            Line("  csat: number? = csat                       // 1..5");
            Line("  ces: number? = ces                         // 1..7");
            Line("}");
            Line();
            Line($"metric csat_{t} \"客戶滿意度 CSAT {t}\" {{");
            Line("  description \"Average answer to the satisfaction question, 1 to 5.\"");
            Line($"  value mean(csat) over tickets_{t} where csat != none");
            Line("  unit \"/5\"");
            Line("  target >= 4.5");
            Line("  score linear { 3.5 -> 0, 4.5 -> 100 }");
            Line("}");
            Line($"metric ces_{t} \"客戶費力度 CES {t}\" {{");
            Line("  description \"Average answer to the effort question, 1 to 7; lower is better.\"");
            Line($"  value mean(ces) over tickets_{t} where ces != none");
            Line("  unit \"/7\"");
            Line("  target <= 2.0");
            Line("  score linear { 2.0 -> 100, 4.0 -> 0 }");
            Line("}");
            Line($"metric frt_{t} \"首次響應時間 {t}\" {{");
            Line("  description \"90th percentile of business minutes to the first response.\"");
            Line($"  value p90(work_minutes(created, responded, office)) over tickets_{t} where responded != none");
            Line("  unit minutes");
            Line("  target < 30 minutes");
            Line("  score bands { < 30 -> 100, < 45 -> 80, < 60 -> 60, else -> 0 }");
            Line("}");
            Line($"metric fcr_{t} \"一線解決率 FCR {t}\" {{");
            Line("  description \"Share of resolved tickets closed in one contact without escalation.\"");
            Line($"  value share(contacts == 1 and not escalated) over tickets_{t} where resolved != none");
            Line("  target >= 85%");
            Line("  score met");
            Line("}");
            Line();
            Line($"scorecard team_{t} \"第 {t} 組\" for role == \"tier1\" and team in [\"{t}\", \"all\"] {{");
            Line($"  dimension customer \"客戶體驗\" {{ csat_{t} 30%  ces_{t} 20% }}");
            Line($"  dimension operations \"運營效率\" {{ frt_{t} 25%  fcr_{t} 25% }}");
            Line("  missing reweight");
            Line("}");
            Line();
            Line($"improve fcr_{t} when missed {{");
            Line("  plan \"FCR {{ value | pct }},目標 {{ target }}\"");
            Line("  do \"完成《L1 故障排除》培訓\" within 30 days owner supervisor");
            Line($"  check fcr_{t} next period");
            Line("  act \"達標後把做法寫入知識庫\"");
            Line("}");
            Line($"alert \"第 {t} 組:解決時間縮短但費力度上升\" when change(frt_{t}) < 0 and change(ces_{t}) > 0");
            Line();
            Line($"test \"第 {t} 組全部達標\" {{");
            Line("  period 2026-03");
            Line($"  tickets_{t} {{");
            Line("    | id | person | created          | responded        | resolved         | contacts | escalated | csat | ces |");
            Line("    | T1 | alice  | 2026-03-02 09:00 | 2026-03-02 09:10 | 2026-03-02 10:00 | 1        | false     | 5    | 1   |");
            Line("    | T2 | alice  | 2026-03-03 14:00 | 2026-03-03 14:20 | 2026-03-03 15:30 | 1        | false     | 4    | 2   |");
            Line("  }");
            Line($"  expect alice.csat_{t} == 4.5");
            Line($"  expect alice.frt_{t} ≈ 20 ± 1%");
            Line("}");
        }
        return sb.ToString();
    }
}
