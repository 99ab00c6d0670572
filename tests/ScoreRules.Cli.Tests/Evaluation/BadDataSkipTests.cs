namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>
/// With <c>on error skip</c>, the rows the reader drops as bad data are shown in the person's metric
/// traces, so a value "over 1 row" is not taken for a full month. <see cref="EvalFixture"/> with
/// <c>csat</c> limited to 1 .. 5 and alice's A2, A3, A4 answered 7, 9, 0 (out of range); A5, in
/// February, answered 6 (also out of range, but outside the period, so not counted for March).
/// </summary>
public class BadDataSkipTests
{
    private static (string Rules, string Data) Write(TempFolder dir)
    {
        var (rules, data) = EvalFixture.Write(dir);
        dir.Write("rules/policy.score", EvalFixture.Policy
            .Replace("on error fail", "on error skip")
            .Replace("csat: number? = csat", "csat: number? = csat in 1 .. 5") + "\n");
        dir.Write("data/tickets.csv", EvalFixture.Tickets
            .Replace("2026-03-03 16:00,2,4,3", "2026-03-03 16:00,2,7,3")
            .Replace("2026-03-09 11:00,1,4,", "2026-03-09 11:00,1,9,")
            .Replace("2026-03-11 10:30,1,4,1", "2026-03-11 10:30,1,0,1")
            .Replace("2026-02-27 11:00,2,1,7", "2026-02-27 11:00,2,6,7") + "\n");
        return (rules, data);
    }

    [Fact]
    public void ExplainSaysHowManyOfThePersonsRowsWereBadData()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir);

        var run = CliRun.Of("explain", rules, "--data", data, "--period", "2026-03", "--person", "alice");

        run.ExitCode.ShouldBe(0);
        // Only A1 is left: mean of csat over 1 row (5); the three March rows with csat 7, 9, 0 were dropped.
        run.Stdout.ShouldContain("(mean of csat over 1 row of tickets whose `created` falls in 2026-03; 3 rows skipped as bad data: csat: outside 1..5 (3))");
    }

    [Fact]
    public void JsonSkippedCountsBadDataRows()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--person", "alice");

        run.ExitCode.ShouldBe(0);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var csat = doc.RootElement.GetProperty("people")[0].GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "csat");
        csat.GetProperty("rowsInPeriod").GetInt32().ShouldBe(1);
        csat.GetProperty("skipped").GetProperty("bad data: csat: outside 1..5").GetInt32().ShouldBe(3);
    }
}
