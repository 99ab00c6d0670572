using System.Text.Json;

namespace ScoreRules.Cli.Tests.Examples;

/// <summary>
/// <c>eval</c> of examples/jira-service-management and examples/zendesk on their hand-made March 2026
/// exports, against numbers worked out by hand from the CSV files.
/// </summary>
public class VendorExportExamplesTests
{
    private static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return Path.Combine(dir.FullName, "examples", name);
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    private static JsonElement Person(string example, string person)
    {
        var folder = Example(example);
        var run = CliRun.Of("eval", folder, "--data", Path.Combine(folder, "data"), "--period", "2026-03", "--person", person, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("people").EnumerateArray().Single();
    }

    private static decimal Value(JsonElement person, string metric) => person.GetProperty("metrics").EnumerateArray()
        .Single(m => m.GetProperty("id").GetString() == metric).GetProperty("value").GetDecimal();

    // Maria Lopez, Jira, office Mon–Fri 09:00–17:00:
    //   SD-101 2 Mar 9:05 AM → 11:35 AM = 2.5 h; SD-104 3 Mar 2:00 PM → 4 Mar 10:00 AM = 3 + 1 = 4 h;
    //   SD-107 Fri 6 Mar 4:30 PM → Mon 9 Mar 10:30 AM = 0.5 + 1.5 = 2 h; SD-112 10 Mar 11:00 AM → 3:00 PM = 4 h.
    //   MTTR 12.5 / 4 = 3.125 h. Ratings 5, 4, (none), 4 → CSAT 13/3 = 4.3333 → score 83.333.
    //   First response 10, 20, 40, 30 → median 25. Total 83.333 × 0.4 + 100 × 0.6 = 93.333 → A.
    [Fact]
    public void JiraMariaLopezMatchesTheHandWorkedRows()
    {
        var p = Person("jira-service-management", "Maria Lopez");
        Value(p, "mttr").ShouldBe(3.125m, 1e-9m);
        Value(p, "csat").ShouldBe(13m / 3m, 1e-9m);
        Value(p, "frt").ShouldBe(25m);
        Value(p, "resolution_rate").ShouldBe(1m);
        p.GetProperty("total").GetDecimal().ShouldBe(93.3333333333m, 1e-6m);
        p.GetProperty("grade").GetString().ShouldBe("A");
    }

    // Ben Ortiz, Zendesk: surveys bad, good, unoffered, bad → 1 good of 3 answered; first reply 120, 60, 200, 75
    //   → median (75 + 120) / 2 = 97.5 → 100 - 37.5 / 180 × 100 = 79.1667; resolution (900 + 480 + 720) / 3 = 700 min
    //   = 11.6667 h → 100 - 3.6667 / 16 × 100 = 77.0833; no reopens → 100.
    //   Total 0 × 0.4 + 79.1667 × 0.25 + 77.0833 × 0.25 + 100 × 0.1 = 49.0625 → D.
    [Fact]
    public void ZendeskBenOrtizMatchesTheHandWorkedRows()
    {
        var p = Person("zendesk", "Ben Ortiz");
        Value(p, "csat").ShouldBe(1m / 3m, 1e-9m);
        Value(p, "frt").ShouldBe(97.5m);
        Value(p, "resolution_time").ShouldBe(700m / 60m, 1e-9m);
        Value(p, "reopen_rate").ShouldBe(0m);
        p.GetProperty("total").GetDecimal().ShouldBe(49.0625m, 1e-9m);
        p.GetProperty("grade").GetString().ShouldBe("D");
    }

    // Eva Lind, Zendesk: good, good, offered, good → 3 of 3 answered are good. Counting "offered" as an
    // answer would give 75 %.
    [Fact]
    public void ZendeskOfferedSurveyIsNoAnswer()
    {
        Value(Person("zendesk", "Eva Lind"), "csat").ShouldBe(1m);
    }

    [Theory]
    [InlineData("jira-service-management")]
    [InlineData("zendesk")]
    public void TheExampleChecksFormatsAndPassesItsTests(string name)
    {
        var check = CliRun.Of("check", Example(name));
        check.ExitCode.ShouldBe(0);
        check.Stdout.ShouldContain("no problems");
        CliRun.Of("fmt", "--check", Example(name)).ExitCode.ShouldBe(0);
        CliRun.Of("test", Example(name)).ExitCode.ShouldBe(0);
    }
}
