using System.Text.Json;
using ScoreRules.Cli.Tests.Evaluation;

namespace ScoreRules.Cli.Tests.Output;

/// <summary>JSON and CSV write the same text for the same number: 15 significant digits.</summary>
public class NumberTextTests
{
    [Fact]
    public void JsonAndCsvGiveTheSameDigits()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);

        var json = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--person", "bob");
        var csv = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "csv", "--person", "bob");

        // bob's csat weighs 30 % of the 90 % with data (see EvalFixture): effective weight 1/3, contribution 100/3.
        using var doc = JsonDocument.Parse(json.Stdout);
        var csat = doc.RootElement.GetProperty("people")[0].GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "csat");
        csat.GetProperty("effectiveWeight").GetRawText().ShouldBe("0.333333333333333");
        csat.GetProperty("contribution").GetRawText().ShouldBe("33.3333333333333");
        csv.Stdout.ShouldContain(",0.333333333333333,33.3333333333333");
        csv.Stdout.ShouldNotContain("33.33333333333333");
    }
}
