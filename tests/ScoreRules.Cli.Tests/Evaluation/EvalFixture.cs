namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>
/// A small policy and a month of data for two agents, written into a temp folder, with every number the
/// commands print worked out by hand below. Time zone Asia/Shanghai (no daylight saving); office hours
/// Mon–Fri 09:00–12:00 and 13:00–18:00, so a business day has 480 minutes and lunch does not count.
/// </summary>
/// <remarks>
/// <para><b>alice</b>, March 2026 (A5 was created in February and never counts):</para>
/// <list type="bullet">
/// <item>CSAT: A1..A4 answered 5, 4, 4, 4 → mean 17 / 4 = 4.25 /5; linear 3.5 → 0, 4.5 → 100 gives
/// (4.25 − 3.5) / 1 × 100 = 75; target ≥ 4.5 missed.</item>
/// <item>CES: 2, 3, (empty), 1 → mean 6 / 3 = 2 /7, one row skipped for an empty value; linear 2 → 100,
/// 4 → 0 gives 100; target ≤ 2 met.</item>
/// <item>FRT in business minutes: A1 Mon 09:00 → 09:10 = 10; A2 Tue 11:50 → 13:20 = 10 before lunch + 20
/// after = 30; A3 Fri 17:30 → Mon 09:15 = 30 + 15 = 45; A4 has no response (skipped by the where). p90 of
/// 10, 30, 45: rank 0.9 × (3 − 1) = 1.8 → 30 + 0.8 × (45 − 30) = 42 min; band &lt; 60 → 50; target &lt; 30 missed.</item>
/// <item>FCR: all four resolved; contacts 1, 2, 1, 1 → 3 / 4 = 75 %; linear 0.5 → 0, 1 → 100 gives
/// (0.75 − 0.5) / 0.5 × 100 = 50; target ≥ 80 % missed, so the PDCA item fires (due 31 March + 14 days = 2026-04-14).</item>
/// <item>Contributions: 75 × 30 % = 22.5, 100 × 10 % = 10, 50 × 30 % = 15, 50 × 30 % = 15 → 62.5;
/// kudos 4 + 3 approved (the 2 is not) = 7, capped at 5 → total 67.5, grade C (≥ 60).</item>
/// <item>Dimensions: customer (22.5 + 10) / 40 % = 81.25 score, 32.5 points; operations (15 + 15) / 60 % = 50, 30 points.</item>
/// <item>Communication: supervisor 4, peer 2 → 4 × 60 % + 2 × 40 % = 3.2; anchor of level 3 "Mostly clear";
/// default score (3.2 − 1) / (5 − 1) × 100 = 55; levels 2 apart &gt; 1 → disagreement flagged. Reported only.</item>
/// <item>Alert "slow" fires: FRT 42 &gt; 40.</item>
/// </list>
/// <para><b>bob</b>: CSAT 5 and 5 → 5 → 100; no CES answers (2 rows skipped, empty value) → no data; FRT 20 and
/// 5 minutes → p90 5 + 0.9 × 15 = 18.5 → 100; FCR 2 / 2 = 100 % → 100. <c>missing reweight</c>: the 90 % of
/// weight with data is scaled to 100 %, so csat, frt and fcr each weigh 30 % / 90 % = 33.33 % and contribute
/// 33.333… points; total 100, grade A. Shown to one decimal by largest remainder: 33.4 + 33.3 + 33.3 = 100
/// (the remainders tie, so the first item, csat, takes the missing tenth), where rounding each part alone
/// would show 33.3 three times and a sum of 99.9.</para>
/// </remarks>
public static class EvalFixture
{
    /// <summary>The policy file.</summary>
    public const string Policy = """
        policy "Test desk 測試服務台" {
          version "2026-Q1"
          effective 2026-01-01 .. 2026-03-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90 "卓越"; B >= 75 "良好"; C >= 60 "合格"; D else "待改進" }
        }
        calendar office {
          hours mon..fri 09:00-12:00, 13:00-18:00
        }
        source people "people.csv" {
          person = id
          name: text = name
          role: text = role
        }
        source tickets "tickets.csv" {
          missing ""
          on error fail
          key id = ticket
          person = agent
          at = created
          created: datetime = created
          responded: datetime? = responded
          resolved: datetime? = resolved
          contacts: int = contacts
          csat: number? = csat
          ces: number? = ces
        }
        source ratings "ratings.csv" {
          person = ratee
          at = rated_on
          rated_on: date = rated_on
          item: text = item
          rater: text = rater
          rater_role: text = rater_role
          level: int = level
          evidence: text? = evidence
        }
        source bonus_claims "bonus_claims.csv" {
          key id = claim
          person = person
          at = decided
          decided: date = decided
          points: number = points
          approved: bool = approved
        }
        metric csat "客戶滿意度 CSAT" {
          description "Mean of the 1-5 satisfaction answers."
          value mean(csat) over tickets
          unit "/5"
          target >= 4.5
          score linear { 3.5 -> 0, 4.5 -> 100 }
        }
        metric ces "CES" {
          description "Mean of the 1-7 effort answers; lower is better."
          value mean(ces) over tickets
          unit "/7"
          target <= 2
          score linear { 2 -> 100, 4 -> 0 }
        }
        metric frt "FRT" {
          description "90th percentile of business minutes to the first response."
          value p90(work_minutes(created, responded, office)) over tickets where responded != none
          unit minutes
          target < 30
          score bands { < 30 -> 100, < 60 -> 50, else -> 0 }
        }
        metric fcr "FCR" {
          description "Share of resolved tickets solved with one contact."
          value share(contacts == 1) over tickets where resolved != none
          unit percent
          target >= 80%
          score linear { 0.5 -> 0, 1 -> 100 }
        }
        scale clarity "Clarity" {
          1 "Hard to follow"
          2 "Partly clear"
          3 "Mostly clear"
          4 "Clear"
          5 "Crystal clear, in the user's words"
        }
        rated communication "Communication" {
          description "Clarity of explanations, rated by supervisor and peers."
          scale clarity
          from ratings where item == "clarity"
          raters supervisor 60%, peer 40%
          min raters 2
          flag disagreement > 1
        }
        bonus kudos "Kudos" {
          description "Approved kudos points, at most 5."
          value sum(points) over bonus_claims where approved
          max 5
        }
        scorecard agents "Agents" for role == "agent" {
          dimension customer "客戶體驗" { csat 30%, ces 10% }
          dimension operations "Operations" { frt 30%, fcr 30% }
          bonus kudos
          missing reweight
        }
        improve fcr when missed {
          plan "FCR {{ value | pct }}, below target"
          do "Shadow a senior agent" within 14 days owner supervisor
          check fcr next period
          act "Share the fix in the knowledge base"
        }
        alert slow "FRT above 40 minutes" when frt > 40
        """;

    /// <summary>people.csv</summary>
    public const string People = """
        id,name,role
        alice,Alice Chen,agent
        bob,王小明,agent
        """;

    /// <summary>tickets.csv</summary>
    public const string Tickets = """
        ticket,agent,created,responded,resolved,contacts,csat,ces
        A1,alice,2026-03-02 09:00,2026-03-02 09:10,2026-03-02 10:00,1,5,2
        A2,alice,2026-03-03 11:50,2026-03-03 13:20,2026-03-03 16:00,2,4,3
        A3,alice,2026-03-06 17:30,2026-03-09 09:15,2026-03-09 11:00,1,4,
        A4,alice,2026-03-11 10:00,,2026-03-11 10:30,1,4,1
        A5,alice,2026-02-27 10:00,2026-02-27 10:05,2026-02-27 11:00,2,1,7
        B1,bob,2026-03-02 10:00,2026-03-02 10:20,2026-03-02 11:00,1,5,
        B2,bob,2026-03-04 15:00,2026-03-04 15:05,2026-03-04 16:00,1,5,
        """;

    /// <summary>ratings.csv</summary>
    public const string Ratings = """
        ratee,rated_on,item,rater,rater_role,level,evidence
        alice,2026-03-20,clarity,sup1,supervisor,4,"Explained the VPN fix in plain words, user solved it alone"
        alice,2026-03-21,clarity,peer1,peer,2,
        """;

    /// <summary>bonus_claims.csv</summary>
    public const string BonusClaims = """
        claim,person,decided,points,approved
        K1,alice,2026-03-05,4,true
        K2,alice,2026-03-18,3,true
        K3,alice,2026-03-19,2,false
        """;

    /// <summary>Writes the policy to <c>rules/policy.score</c> and the data to <c>data/</c>; returns both folders.</summary>
    public static (string Rules, string Data) Write(TempFolder dir)
    {
        dir.Write("rules/policy.score", Policy + "\n");
        dir.Write("data/people.csv", People + "\n");
        dir.Write("data/tickets.csv", Tickets + "\n");
        dir.Write("data/ratings.csv", Ratings + "\n");
        dir.Write("data/bonus_claims.csv", BonusClaims + "\n");
        return (Path.Combine(dir.Path, "rules"), Path.Combine(dir.Path, "data"));
    }
}
