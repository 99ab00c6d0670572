namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary><c>scorerules explain</c> on <see cref="EvalFixture"/>; the numbers are worked out there.</summary>
public class ExplainCommandTests
{
    private static (CliRun Run, string Policy) Explain(string person)
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var run = CliRun.Of("explain", rules, "--data", data, "--period", "2026-03", "--person", person);
        return (run, Path.Combine(rules, "policy.score"));
    }

    [Fact]
    public void EveryMetricIsOneSentenceWithItsRule()
    {
        var (run, policy) = Explain("alice");

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldBe("alice Alice Chen · role agent · scorecard Agents (agents) · period 2026-03");
        lines[1].ShouldStartWith("policy Test desk 測試服務台, version 2026-Q1, rules ");
        lines[3].ShouldBe("metrics");
        // `metric frt` is on line 61 of the policy file, `metric ces` on line 54.
        lines.ShouldContain($"  FRT (frt) = 42 min (p90 of work_minutes(created, responded, office) over 3 rows of tickets whose `created` falls in 2026-03 where responded != none; 1 skipped: not matching the where condition) → target < 30 min missed → score 50 × weight 30 % = 15 points [{policy}:61]");
        lines.ShouldContain($"  CES (ces) = 2 /7 (mean of ces over 3 rows of tickets whose `created` falls in 2026-03; 1 skipped: empty value) → target <= 2 /7 met → score 100 × weight 10 % = 10 points [{policy}:54]");
        lines.ShouldContain($"  FCR (fcr) = 75 % (share with contacts == 1 over 4 rows of tickets whose `created` falls in 2026-03 where resolved != none) → target >= 80 % missed → score 50 × weight 30 % = 15 points [{policy}:68]");
    }

    [Fact]
    public void ADimensionOfZeroWeightItemsIsReportedNotWeighted()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        // A 0 % dimension holding a count that has data (alice has 4 tickets created in March): it is reported, not "no data".
        dir.Write("rules/policy.score", EvalFixture.Policy.Replace(
            "  dimension operations \"Operations\" { frt 30%, fcr 30% }\n",
            "  dimension operations \"Operations\" { frt 30%, fcr 30% }\n  dimension volume \"Volume\" { handled 0% }\n")
            + "\nmetric handled \"Handled\" {\n  description \"Tickets created in the period.\"\n  value count(id) over tickets\n  unit count\n  target >= 1\n  score met\n}\n");
        var policy = Path.Combine(rules, "policy.score");

        var run = CliRun.Of("explain", rules, "--data", data, "--period", "2026-03", "--person", "alice");

        run.ExitCode.ShouldBe(0);
        var lines = run.Stdout.Split('\n');
        lines.ShouldContain(l => l.StartsWith("  Handled (handled) = 4 ", StringComparison.Ordinal) && l.Contains("(reported only, not weighted)"));
        // The scorecard stays on line 95 (the metric is added after it).
        lines.ShouldContain($"  Volume (volume), weight 0 %: reported only, not weighted (handled) [{policy}:95]");
    }

    [Fact]
    public void DimensionsRatedBonusTotalAlertsAndPdca()
    {
        var (run, policy) = Explain("alice");
        var lines = run.Stdout.Split('\n');

        // The scorecard is declared on line 95.
        lines.ShouldContain($"  客戶體驗 (customer), weight 40 %: score 81.3 → 32.5 points (csat 22.5 + ces 10) [{policy}:95]");
        lines.ShouldContain($"  Operations (operations), weight 60 %: score 50 → 30 points (frt 15 + fcr 15) [{policy}:95]");
        lines.ShouldContain($"  Communication (communication) = level 3.2 of 5 (weighted mean of 2 ratings: supervisor 60 %, peer 40 %) → level 3 \"Mostly clear\" → score 55 (reported only, not weighted) [{policy}:82]");
        lines.ShouldContain("    sup1 (supervisor): level 4 — Explained the VPN fix in plain words, user solved it alone");
        lines.ShouldContain("    peer1 (peer): level 2 — no evidence given");
        lines.ShouldContain("    raters disagree: 2 levels apart, more than the 1 allowed; review the rating");
        lines.ShouldContain($"  Kudos (kudos): earned 7, above the cap of 5 → 5 points added [{policy}:90]");
        lines.ShouldContain($"  客戶體驗 32.5 + Operations 30 + bonus 5 = 67.5 → grade C 合格 (>= 60) [{policy}:95]");
        lines.ShouldContain($"  slow: FRT above 40 minutes [{policy}:107]");
        var pdca = Array.IndexOf(lines, "PDCA");
        lines[(pdca + 1)..(pdca + 6)].ShouldBe([
            $"  FCR (fcr) [{policy}:101]",
            "    plan: FCR 75 %, below target",
            "    do: Shadow a senior agent (owner supervisor, due 2026-04-14)",
            "    check: fcr next period",
            "    act: Share the fix in the knowledge base",
        ]);
    }

    [Fact]
    public void ShownContributionsAddUpToTheShownTotalByLargestRemainder()
    {
        var (run, policy) = Explain("bob");
        var lines = run.Stdout.Split('\n');

        // Three contributions of 33.333… points: the tie goes to the first (csat), so 33.4 + 33.3 + 33.3 = 100.
        lines.ShouldContain($"  客戶滿意度 CSAT (csat) = 5 /5 (mean of csat over 2 rows of tickets whose `created` falls in 2026-03) → target >= 4.5 /5 met → score 100 × weight 30 % (33.33 % after reweighting) = 33.4 points [{policy}:47]");
        lines.Single(l => l.StartsWith("  FRT (frt) = 18.5 min")).ShouldEndWith($"× weight 30 % (33.33 % after reweighting) = 33.3 points [{policy}:61]");
        lines.Single(l => l.StartsWith("  FCR (fcr) = 100 %")).ShouldEndWith($"= 33.3 points [{policy}:68]");
        lines.ShouldContain($"  CES (ces) = no data (mean of ces over 0 rows of tickets whose `created` falls in 2026-03; 2 skipped: empty value) → not scored: its weight 10 % is spread over the items with data (missing reweight) [{policy}:54]");
        lines.ShouldContain($"  客戶體驗 33.4 + Operations 66.6 + bonus 0 = 100 → grade A 卓越 (>= 90) [{policy}:95]");
        lines.ShouldContain($"  Communication (communication) = no data (0 raters, 2 needed) [{policy}:82]");
    }

    [Fact]
    public void UnknownPersonIsAnInputErrorListingThePeople()
    {
        var (run, _) = Explain("alicia");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldBe("error: no person \"alicia\" in period 2026-03 (did you mean \"alice\"?); people are: alice, bob\n");
    }

    [Fact]
    public void PersonIsRequired()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("explain", rules, "--data", data, "--period", "2026-03");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--person");
    }

    [Fact]
    public void APersonWithRowsButNotInThePeopleListIsSaidSo()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        File.AppendAllText(Path.Combine(data, "tickets.csv"), "D1,dave,2026-03-02 09:00,2026-03-02 09:10,2026-03-02 10:00,1,5,2\n");

        var run = CliRun.Of("explain", rules, "--data", data, "--period", "2026-03", "--person", "dave");

        run.ExitCode.ShouldBe(2);
        var tickets = Path.Combine(data, "tickets.csv").Replace('\\', '/');
        run.Stderr.ShouldBe(
            $"{tickets}:0:0: warning SD102: 1 row of tickets.csv belongs to people not in people.csv, so no result uses it: dave (1)\n" +
            "error: person \"dave\" has rows in the data but is not in the people list people.csv, so there is no result; add a row for them to people.csv\n");
    }
}
