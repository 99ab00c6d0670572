using System.Text.Json;

namespace ScoreRules.Cli.Tests.Commands;

public class CheckJsonTests
{
    [Fact]
    public void JsonCountsFilesErrorsAndWarnings()
    {
        using var dir = new TempFolder();
        var bad = dir.Write("a.score", RuleTexts.TwoErrors);
        dir.Write("b.score", RuleTexts.Clean);

        var run = CliRun.Of("check", dir.Path, "--format", "json");

        run.ExitCode.ShouldBe(1);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["files", "errors", "warnings", "diagnostics"]);
        root.GetProperty("files").GetInt32().ShouldBe(2);
        root.GetProperty("errors").GetInt32().ShouldBe(2);
        root.GetProperty("warnings").GetInt32().ShouldBe(0);
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Count.ShouldBe(2);

        var first = diagnostics[0];
        first.EnumerateObject().Select(p => p.Name)
            .ShouldBe(["path", "line", "column", "length", "severity", "code", "message", "hint"]);
        first.GetProperty("path").GetString().ShouldBe(bad);
        first.GetProperty("line").GetInt32().ShouldBe(2);
        first.GetProperty("column").GetInt32().ShouldBe(3);
        first.GetProperty("length").GetInt32().ShouldBe("valeu".Length);
        first.GetProperty("severity").GetString().ShouldBe("error");
        first.GetProperty("code").GetString().ShouldBe("SR1003");
        first.GetProperty("message").GetString().ShouldNotBeNullOrEmpty();

        diagnostics[1].GetProperty("line").GetInt32().ShouldBe(6);
        diagnostics[1].GetProperty("column").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void JsonOfACleanFolderHasNoDiagnostics()
    {
        using var dir = new TempFolder();
        dir.Write("a.score", RuleTexts.Clean);

        var run = CliRun.Of("check", dir.Path, "--format", "json");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe("{\n  \"files\": 1,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n");
    }

    [Fact]
    public void JsonKeepsChineseReadable()
    {
        using var dir = new TempFolder();
        var file = dir.Write("考核.score", RuleTexts.MisspeltTarget);

        var run = CliRun.Of("check", file, "--format", "json");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain($"\"path\": \"{file}\"");
        run.Stdout.ShouldNotContain("\\u");
    }
}
