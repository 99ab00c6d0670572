using System.Text.Json;

namespace ScoreRules.Cli.Tests.Examples;

/// <summary>
/// <c>eval</c> of examples/servicenow-incidents on its shipped two-month extract, for two agents whose
/// final incident rows were worked out by hand from the CSV (times in office hours Mon–Fri 08:00–18:00).
/// </summary>
public class ServiceNowExtractTests
{
    internal static string Example()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return Path.Combine(dir.FullName, "examples", "servicenow-incidents");
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    private static JsonElement Person(string period, string person)
    {
        var example = Example();
        var run = CliRun.Of("eval", example, "--data", Path.Combine(example, "data"), "--period", period, "--person", person, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        // The extract has neither quirk of the full log (no state -100, no rows out of order): no data warning.
        run.Stderr.ShouldNotContain("warning SD");
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("people").EnumerateArray().Single();
    }

    private static decimal Value(JsonElement person, string metric) => person.GetProperty("metrics").EnumerateArray()
        .Single(m => m.GetProperty("id").GetString() == metric).GetProperty("value").GetDecimal();

    // Resolver 148, March 2016: four incidents whose final state is theirs (INC0000552 ends with another agent).
    //   INC0002001 Thu 3/3 15:01 → Tue 8/3 10:36: 6935 calendar min; office 179+600+600+156 = 1535 min; SLA no; knowledge; 0 reassignments
    //   INC0003682 Mon 7/3 15:08 → Fri 11/3 10:51: 5503 min; office 172+3×600+171 = 2143 min; SLA no; knowledge; 0 reassignments
    //   INC0006266 Sat 12/3 10:12 → Mon 14/3 15:41: 3209 min; office 461 min; SLA no; 3 reassignments
    //   INC0009238 Mon 21/3 09:07 → Wed 23/3 11:50: 3043 min; office 533+600+230 = 1363 min; SLA yes; 1 reassignment
    // Calendar mean 18690/4 = 4672.5 min = 77.875 h; office mean 5502/4 = 1375.5 min = 22.925 h; median (1363+1535)/2 = 1449 min = 24.15 h.
    // Scores: SLA 25 % → (0.25-0.15)/0.40 × 100 = 25; median 24.15 h → 100 - 4.15/80 × 100 = 94.8125; MTTR 100; reopened 0 % → 100;
    // reassigned 50 % → 100 - 0.10/0.40 × 100 = 75; knowledge 50 % → 100.
    // Total 25×0.35 + 94.8125×0.2 + 100×0.1 + 100×0.15 + 75×0.1 + 100×0.1 = 70.2125 → B.
    [Fact]
    public void Resolver148InMarchMatchesTheHandWorkedRows()
    {
        var p = Person("2016-03", "Resolver 148");

        Value(p, "handled").ShouldBe(4m);
        Value(p, "unresolved").ShouldBe(0m);
        Value(p, "sla").ShouldBe(0.25m);
        Value(p, "mttr_calendar").ShouldBe(77.875m, 1e-9m);
        Value(p, "mttr").ShouldBe(22.925m, 1e-9m);
        Value(p, "median_ttr").ShouldBe(24.15m, 1e-9m);
        Value(p, "reopened").ShouldBe(0m);
        Value(p, "reassigned").ShouldBe(0.5m);
        Value(p, "knowledge_use").ShouldBe(0.5m);
        p.GetProperty("total").GetDecimal().ShouldBe(70.2125m, 1e-9m);
        p.GetProperty("grade").GetString().ShouldBe("B");
    }

    // Resolver 36, April 2016: one incident, INC0019940, opened Fri 15/4 16:23, resolved 16:51 (28 minutes, all in office
    // hours), made_sla true, reassigned once, no knowledge article. Their eight March incidents all end with other agents.
    // Scores: SLA 100, median and MTTR 0.4667 h → 100, reopened 100, reassigned 100 % → 0, knowledge 0 % → 0.
    // Total 35 + 20 + 10 + 15 + 0 + 0 = 80 → B.
    [Fact]
    public void Resolver36InAprilHasOneIncidentAndNoneInMarch()
    {
        var april = Person("2016-04", "Resolver 36");
        Value(april, "handled").ShouldBe(1m);
        Value(april, "sla").ShouldBe(1m);
        Value(april, "mttr_calendar").ShouldBe(28m / 60m, 1e-9m);
        Value(april, "median_ttr").ShouldBe(28m / 60m, 1e-9m);
        Value(april, "reassigned").ShouldBe(1m);
        Value(april, "knowledge_use").ShouldBe(0m);
        april.GetProperty("total").GetDecimal().ShouldBe(80m);

        var march = Person("2016-03", "Resolver 36");
        march.GetProperty("metrics").EnumerateArray().ShouldAllBe(m => m.GetProperty("status").GetString() == "no data");
        march.GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void TheExampleChecksCleanAndIsFormatted()
    {
        var check = CliRun.Of("check", Example());
        check.ExitCode.ShouldBe(0);
        check.Stdout.ShouldContain("no problems");
        CliRun.Of("fmt", "--check", Example()).ExitCode.ShouldBe(0);
    }
}
