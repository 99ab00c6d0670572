using ScoreRules.Engine.Diffing;

namespace ScoreRules.Cli.Tests.Diff;

/// <summary>
/// The shipped Acme help-desk policy: version 2026-Q1 against 2026-Q2 (rules/acme-helpdesk), and their
/// impact on March 2026 with a small data set (Diff/acme-data: the people, tickets and surveys of the
/// policy's own tests, alice and carol).
/// </summary>
public class AcmeVersionDiffTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    private static string Rules => Path.Combine(Root(), "rules", "acme-helpdesk");

    private static string Data => Path.Combine(Root(), "tests", "ScoreRules.Cli.Tests", "Diff", "acme-data");

    private static DiffReport Report()
    {
        var outcome = PolicyDiffRunner.Run(new DiffRequest(Rules, "version:2026-Q1", "version:2026-Q2"));
        outcome.InputErrors.ShouldBeEmpty();
        outcome.RuleErrors.ShouldBeEmpty();
        return outcome.Report.ShouldNotBeNull();
    }

    private static List<string> WeightChanges(DiffReport report, string scorecard) =>
        report.Sets.Single().Versions.Single().Scorecards.Single(s => s.Id == scorecard).Changes
            .Where(c => c.Aspect == "weight" && !c.Subject.StartsWith("dimension ", StringComparison.Ordinal))
            .Select(c => $"{c.Subject}: {c.Before ?? "none"} -> {c.After ?? "none"}")
            .ToList();

    // Read off 2026-Q1.score and 2026-Q2.score:
    //   tier1 Q1: csat_pct 20, ces_mean 10 | frt 15, resolve_time 10, fcr_rate 15 | sla_attainment 10, reopen_rate 10 | training_completion 5, kb_contributions 5
    //   tier1 Q2: csat_pct 15, ces_mean 15 | frt 10, resolve_time 10, fcr_rate 20 | sla_attainment 10, reopen_rate 5  | training_completion 5, kb_contributions 5, explanation 5
    [Fact]
    public void Tier1WeightChangesAreExactlyTheOnesInTheFiles()
    {
        WeightChanges(Report(), "tier1").ShouldBe([
            "metric csat_pct: 20 % -> 15 %",
            "metric ces_mean: 10 % -> 15 %",
            "metric frt: 15 % -> 10 %",
            "metric fcr_rate: 15 % -> 20 %",
            "metric reopen_rate: 10 % -> 5 %",
            "rated explanation: none -> 5 %",
        ]);
    }

    // tier2 extends tier1 and replaces the speed dimension:
    //   Q1 speed { escalation_resolution 25, resolve_time 15 }, Q2 speed { escalation_resolution 30, resolve_time 10 };
    //   the rest follows tier1's changes (resolve_time is only in tier2's own speed dimension).
    [Fact]
    public void Tier2WeightChangesFollowItsParentAndItsOwnSpeedDimension()
    {
        WeightChanges(Report(), "tier2").ShouldBe([
            "metric csat_pct: 20 % -> 15 %",
            "metric ces_mean: 10 % -> 15 %",
            "metric escalation_resolution: 25 % -> 30 %",
            "metric resolve_time: 15 % -> 10 %",
            "metric reopen_rate: 10 % -> 5 %",
            "rated explanation: none -> 5 %",
        ]);
    }

    // service_manager Q1: team_sla 40 | utilisation 30 | team_training 30
    //                 Q2: team_sla 25, team_fcr 15 | utilisation 25 | team_training 35
    [Fact]
    public void ServiceManagerWeightChangesAreExactlyTheOnesInTheFiles()
    {
        WeightChanges(Report(), "service_manager").ShouldBe([
            "metric team_sla: 40 % -> 25 %",
            "metric team_fcr: none -> 15 %",
            "metric utilisation: 30 % -> 25 %",
            "metric team_training: 30 % -> 35 %",
        ]);
    }

    [Fact]
    public void TargetsScoreRulesBonusCapsAndTheHeaderAreListed()
    {
        var version = Report().Sets.Single().Versions.Single();
        var tier2 = version.Scorecards.Single(s => s.Id == "tier2").Changes;
        tier2.ShouldContain(new RuleChange(ChangeKind.Changed, "metric escalation_resolution", "target", ">= 80 %", ">= 85 %"));
        tier2.ShouldContain(new RuleChange(ChangeKind.Changed, "metric escalation_resolution", "score",
            "linear { 0.6 -> 0, 0.8 -> 100 }", "linear { 0.6 -> 0, 0.85 -> 100 }"));
        tier2.ShouldContain(new RuleChange(ChangeKind.Changed, "bonus innovation", "cap", "5 points", "3 points"));
        tier2.ShouldContain(new RuleChange(ChangeKind.Added, "bonus knowledge_champion", "cap", null, "2 points"));
        version.Policy.ShouldContain(new RuleChange(ChangeKind.Changed, "policy", "version", "2026-Q1", "2026-Q2"));
        version.Policy.ShouldContain(new RuleChange(ChangeKind.Changed, "policy", "effective", "2026-01-01 .. 2026-03-31", "2026-04-01 .. 2026-06-30"));
        version.Policy.ShouldNotContain(c => c.Subject.StartsWith("grade ", StringComparison.Ordinal)); // same grades in both files
    }

    // alice (tier 1) in March, from the Q1 test block's rows: scores csat_pct 50, ces_mean 75, frt 70,
    // resolve_time 100, fcr_rate 100, sla_attainment 20, reopen_rate 100, training 100, kb 50; bonus 3.
    //   Q1: 10 + 7.5 + 10.5 + 10 + 15 + 2 + 10 + 5 + 2.5 = 72.5, + 3 = 75.5 → B (the Q1 test says so)
    //   Q2: explanation has no ratings, so "missing reweight" divides by the 95 % with data:
    //       (50×15 + 75×15 + 70×10 + 100×10 + 100×20 + 20×10 + 100×5 + 100×5 + 50×5) / 95
    //       = 7025 / 95 = 73.947…, + innovation 3 (cap 3) = 76.947… → B; change +1.447…
    //   fcr_rate 15 → 100 × 20 / 95 = 21.053 (+6.05); reopen_rate 10 → 100 × 5 / 95 = 5.263 (−4.74)
    // carol (service manager), from the Q1 test block's team rows: team_sla 40, utilisation 87.5,
    // team_training 25; team_fcr: M1, M2, M4 qualify of 5 resolved = 60 % → (0.6 − 0.5) / 0.2 × 100 = 50.
    //   Q1: 40 × 40 % + 87.5 × 30 % + 25 × 30 % = 16 + 26.25 + 7.5 = 49.75 → D (the Q1 test says so)
    //   Q2: 40 × 25 % + 50 × 15 % + 87.5 × 25 % + 25 × 35 % = 10 + 7.5 + 21.875 + 8.75 = 48.125 → D; change −1.625
    //   team_fcr 0 → 7.5 (+7.5), team_sla 16 → 10 (−6)
    [Fact]
    public void ImpactOnMarchIsWorkedOutByHand()
    {
        var run = CliRun.Of("diff", Rules, "--from", "version:2026-Q1", "--to", "version:2026-Q2", "--data", Data, "--period", "2026-03");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var lines = run.Stdout.Split('\n');
        lines.ShouldContain("  carol   Carol Singh    49.8   48.1    \u22121.6  D      team_fcr +7.5, team_sla \u22126");
        lines.ShouldContain("  alice   Alice Brown    75.5   76.9    +1.4  B      fcr_rate +6.1, reopen_rate \u22124.7");
        // mean (1.447 − 1.625) / 2 = −0.089
        run.Stdout.ShouldContain("2 people evaluated; 0 change grade; 2 change total; mean change \u22120.1 points; largest change carol \u22121.6 points.");
    }

    [Fact]
    public void ImpactNumbersAreExactBeforeRounding()
    {
        var outcome = PolicyDiffRunner.Run(new DiffRequest(Rules, "version:2026-Q1", "version:2026-Q2", Data, "2026-03"));

        var people = outcome.Report.ShouldNotBeNull().Impact.ShouldNotBeNull().People;
        var alice = people.Single(p => p.Person == "alice");
        alice.TotalBefore!.Value.ShouldBe(75.5m, 0.000001m);
        alice.TotalAfter!.Value.ShouldBe(7025m / 95m + 3m, 0.000001m);
        alice.Drivers.Select(d => d.Item).Take(2).ShouldBe(["fcr_rate", "reopen_rate"]);
        var carol = people.Single(p => p.Person == "carol");
        carol.TotalBefore!.Value.ShouldBe(49.75m, 0.000001m);
        carol.TotalAfter!.Value.ShouldBe(48.125m, 0.000001m);
        carol.Drivers.Single(d => d.Item == "team_fcr").Delta.ShouldBe(7.5m, 0.000001m);
    }

    [Fact]
    public void UnknownVersionLabelIsAUsageErrorNamingTheVersions()
    {
        var run = CliRun.Of("diff", Rules, "--from", "version:2026-Q1", "--to", "version:2026-Q3");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {Rules} has no version labelled `2026-Q3`; its versions are `2026-Q1`, `2026-Q2`\n");
    }

    [Fact]
    public void VersionLabelOnOneSideOnlyIsAUsageError()
    {
        var run = CliRun.Of("diff", Rules, "--from", "version:2026-Q1", "--to", "HEAD");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--from names a version label, so --to must name one too");
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("March")]
    public void BadPeriodIsAUsageError(string period)
    {
        var run = CliRun.Of("diff", Rules, "--from", "version:2026-Q1", "--to", "version:2026-Q2", "--data", Data, "--period", period);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith($"error: '{period}' is not a period");
    }

    [Fact]
    public void DataErrorsAreUsageErrorsWithTheirPlace()
    {
        using var dir = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(Data))
            dir.Write(Path.GetFileName(file), File.ReadAllText(file));
        dir.Write("bonus_claims.csv", "claim_id,employee_id,decided_on,kind,points,approved,description\nC1,alice,2026-03-20,innovation,three,true,x\n");

        var run = CliRun.Of("diff", Rules, "--from", "version:2026-Q1", "--to", "version:2026-Q2", "--data", dir.Path, "--period", "2026-03");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldStartWith($"{dir.Path}/bonus_claims.csv:2:5: error SD");
    }
}
