namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>
/// A file lists at most 1000 messages; the rest are counted and the counts reach the user. <see cref="EvalFixture"/>
/// plus 1200 rows of bob's, each with two bad cells (contacts "y", csat "x"): 1200 × 2 = 2400 bad cells, so
/// 2400 − 1000 = 1400 messages are not listed.
/// </summary>
public class ManyDataMessagesTests
{
    private const int BadRows = 1200;

    private static (string Rules, string Data) Write(TempFolder dir, string onError)
    {
        var (rules, data) = EvalFixture.Write(dir);
        dir.Write("rules/policy.score", EvalFixture.Policy.Replace("on error fail", onError) + "\n");
        var rows = string.Concat(Enumerable.Range(1, BadRows).Select(i => $"X{i},bob,2026-03-20 10:00,,,y,x,\n"));
        dir.Write("data/tickets.csv", EvalFixture.Tickets + "\n" + rows);
        return (rules, data);
    }

    [Fact]
    public void FailCountsEveryErrorAndSaysHowManyAreNotListed()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir, "on error fail");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03");

        run.ExitCode.ShouldBe(2);
        run.Stderr.Split('\n').Count(l => l.Contains(" error SD001: ")).ShouldBe(1000);
        run.Stderr.ShouldContain("… and 1400 more errors not listed (the first 1000 are shown)\n");
        run.Stderr.ShouldEndWith("error: the data has 2400 errors; nothing was evaluated\n");
    }

    [Fact]
    public void SkipCountsEveryWarningInTheSummary()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir, "on error skip");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03");

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldContain("… and 1400 more data warnings not listed (the first 1000 are shown)\n");
        run.Stdout.ShouldContain("2 people · no rule warnings · 2400 data warnings · no evaluation errors");
    }

    [Fact]
    public void JsonSaysHowManyWarningsAreNotInDiagnostics()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir, "on error skip");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json");

        run.ExitCode.ShouldBe(0);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetProperty("diagnostics").GetArrayLength().ShouldBe(1000);
        doc.RootElement.GetProperty("diagnosticsNotListed").GetInt32().ShouldBe(1400);
    }

    [Fact]
    public void JsonOfCleanDataHasNoneNotListed()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json");

        run.ExitCode.ShouldBe(0);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetProperty("diagnosticsNotListed").GetInt32().ShouldBe(0);
    }
}
