namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>What <c>eval</c> does with a wrong command line, bad rules and bad data.</summary>
public class EvalErrorTests
{
    [Fact]
    public void BadPeriodIsAUsageError()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-13");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldBe("error: --period: '2026-13' is not a period; write a month 2026-03, a quarter 2026-Q1, an ISO week 2026-W09 or a year 2026\n");
    }

    [Fact]
    public void MissingDataFileIsAnInputErrorWithItsSd005Line()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        File.Delete(Path.Combine(data, "tickets.csv"));

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        var path = Path.Combine(data, "tickets.csv").Replace('\\', '/');
        run.Stderr.ShouldBe(
            $"{path}:0:0: error SD005: the data file of source tickets is not there: {path}\n" +
            "error: the data has 1 error; nothing was evaluated\n");
    }

    [Fact]
    public void DataWarningsArePrintedAndTheEvaluationGoesOn()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        // A response ten minutes before the ticket was created: business time 0, with warning SD101.
        dir.Write("data/tickets.csv", EvalFixture.Tickets.Replace("A1,alice,2026-03-02 09:00,2026-03-02 09:10", "A1,alice,2026-03-02 09:00,2026-03-02 08:50") + "\n");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json");

        run.ExitCode.ShouldBe(0);
        var path = Path.Combine(data, "tickets.csv").Replace('\\', '/');
        run.Stderr.ShouldStartWith($"{path}:2:0: warning SD101: the end time is before the start time");
        run.Stdout.ShouldContain("\"code\": \"SD101\"");
        // FRT of alice is now p90 of 0, 30, 45 = 30 + 0.8 × 15 = 42 still; the warning does not stop anything.
        run.Stdout.ShouldContain("\"total\": 67.5");
    }

    [Fact]
    public void RuleErrorsArePrintedWithTheirPlaceAndExitOne()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var policy = dir.Write("rules/policy.score", EvalFixture.Policy.Replace("  dimension operations \"Operations\" { frt 30%, fcr 30% }", "  dimension operations \"Operations\" { frt 30%, fcr 20% }") + "\n");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain($"{policy}:95:");
        run.Stderr.ShouldContain("error SR2003: ");
        run.Stderr.ShouldEndWith("1 error in 1 file\n");
    }

    [Fact]
    public void WarnAsErrorStopsOnRuleWarnings()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        // Without a description the FRT metric is not SMART: warning SR2015.
        dir.Write("rules/policy.score", EvalFixture.Policy.Replace("  description \"90th percentile of business minutes to the first response.\"\n", "") + "\n");

        var warned = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03");
        var failed = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--warnaserror");

        warned.ExitCode.ShouldBe(0);
        warned.Stderr.ShouldBe($"warning: the rules have 1 warning; `scorerules check {rules}` shows them\n");
        warned.Stdout.ShouldContain("1 rule warning");
        failed.ExitCode.ShouldBe(1);
        failed.Stderr.ShouldContain("error SR2015: ");
    }

    [Fact]
    public void PeriodThatStraddlesTwoVersionsIsAnError()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        dir.Write("rules/policy.score", EvalFixture.Policy.Replace("effective 2026-01-01 .. 2026-03-31", "effective 2026-01-01 .. 2026-03-15") + "\n");
        dir.Write("rules/later.score", EvalFixture.Policy
            .Replace("version \"2026-Q1\"", "version \"2026-03b\"")
            .Replace("effective 2026-01-01 .. 2026-03-31", "effective 2026-03-16 .. 2026-06-30") + "\n");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03");

        run.Stderr.ShouldBe("error: period 2026-03 straddles two policy versions: `2026-Q1` (until 2026-03-15) and `2026-03b` (from 2026-03-16); evaluate a period inside one version\n");
        run.ExitCode.ShouldBe(2);
    }

    [Fact]
    public void PeriodOutsideEveryVersionIsAnError()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-04");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("error: no policy version is in effect on 2026-04-01, the first day of 2026-04; the versions are: `2026-Q1` 2026-01-01 .. 2026-03-31\n");
    }

    [Fact]
    public void MissingDataFolderOrRulesAreUsageErrors()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        var nowhere = Path.Combine(dir.Path, "nowhere");

        var noData = CliRun.Of("eval", rules, "--data", nowhere, "--period", "2026-03");
        var noRules = CliRun.Of("eval", nowhere, "--data", data, "--period", "2026-03");

        noData.ExitCode.ShouldBe(2);
        noData.Stderr.ShouldBe($"error: --data: {nowhere}: no such folder\n");
        noRules.ExitCode.ShouldBe(2);
        noRules.Stderr.ShouldBe($"error: {nowhere}: no such file or folder\n");
    }

    [Fact]
    public void UnknownPersonFilterIsAnInputError()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--person", "zed");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("error: no person \"zed\" in period 2026-03; people are: alice, bob\n");
    }

    [Fact]
    public void MissingFailGivesThePersonAnErrorAndExitOne()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        dir.Write("rules/policy.score", EvalFixture.Policy.Replace("missing reweight", "missing fail") + "\n");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "csv");

        // bob has no CES answers; alice is still scored.
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldBe("error: bob: no data for CES, and the scorecard says `missing fail`\n");
        run.Stdout.ShouldContain("alice,Alice Chen,agent,agents,metric,csat,4.25,/5,ok,>= 4.5,false,75,0.3,0.3,22.5,67.5,C\n");
        run.Stdout.ShouldContain("bob,王小明,agent,agents,metric,csat,5,/5,ok,>= 4.5,true,100,0.3,0.3,,,\n");
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var run = CliRun.Of("eval", "rules", "--data", "data", "--period", "2026-03", "--format", "xml");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("error: ");
        run.Stderr.ShouldContain("xml");
    }
}
