using System.Text.Json;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Tests.Commands;

public class CheckSarifTests
{
    [Fact]
    public void SarifLogNamesTheToolRulesAndResult()
    {
        using var dir = new TempFolder();
        var file = dir.Write("policy.score", RuleTexts.MisspeltTarget);

        var run = CliRun.Of("check", file, "--format", "sarif");

        run.ExitCode.ShouldBe(1);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString()!.ShouldEndWith("sarif-schema-2.1.0.json");

        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        runs.Count.ShouldBe(1);
        var driver = runs[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("scorerules");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).ShouldBe(DiagnosticDescriptors.All.Select(d => d.Code));
        rules.ShouldAllBe(r => r.GetProperty("shortDescription").GetProperty("text").GetString()!.Length > 0);

        var results = runs[0].GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(1);
        var result = results[0];
        result.GetProperty("ruleId").GetString().ShouldBe("SR1003");
        result.GetProperty("level").GetString().ShouldBe("error");
        result.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrEmpty();
        // A rooted path becomes a file URI; the temp path is plain ASCII, so nothing is escaped.
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe("file://" + file);
        var region = location.GetProperty("region");
        region.GetProperty("startLine").GetInt32().ShouldBe(3);
        region.GetProperty("startColumn").GetInt32().ShouldBe(3);
        region.GetProperty("endLine").GetInt32().ShouldBe(3);
        region.GetProperty("endColumn").GetInt32().ShouldBe(9);
    }

    [Fact]
    public void SarifOfACleanFileHasNoResults()
    {
        using var dir = new TempFolder();
        var file = dir.Write("clean.score", RuleTexts.Clean);

        var run = CliRun.Of("check", file, "--format", "sarif");

        run.ExitCode.ShouldBe(0);
        using var doc = JsonDocument.Parse(run.Stdout);
        doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBe(0);
    }
}
