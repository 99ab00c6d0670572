using System.Text.Json;

namespace ScoreRules.Cli.Tests.CSharp;

/// <summary><c>check</c> reports the C# formulas' problems; <c>eval</c> and <c>explain</c> run them only with <c>--allow-csharp</c>.</summary>
public class CSharpFormulaCliTests
{
    private const string Rules = """
        policy "C# 公式" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Asia/Shanghai"
          grades { A >= 90; B else }
        }
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
        }
        metric volume "Tickets" {
          description "Tickets handled, scored by a C# formula."
          value count() over tickets
          target >= 5
          score csharp "Math.Min(100, value * 20)"
        }
        scorecard all { dimension work { volume 100% } }
        """;

    // alice has 3 tickets in March: Math.Min(100, 3 × 20) = 60.
    private const string Tickets = """
        agent,created
        alice,2026-03-02 10:00
        alice,2026-03-03 10:00
        alice,2026-03-04 10:00
        """;

    private static (string Rules, string Data) Write(TempFolder dir, string rules)
    {
        dir.Write("rules/policy.score", rules + "\n");
        dir.Write("data/tickets.csv", Tickets + "\n");
        return (Path.Combine(dir.Path, "rules"), Path.Combine(dir.Path, "data"));
    }

    private static JsonElement Volume(CliRun run) =>
        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("people")[0].GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "volume");

    [Fact]
    public void EvalRunsTheFormulaWithAllowCSharp()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir, Rules);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--allow-csharp");

        run.ExitCode.ShouldBe(0);
        var volume = Volume(run);
        volume.GetProperty("status").GetString().ShouldBe("ok");
        volume.GetProperty("score").GetDecimal().ShouldBe(60m);
    }

    [Fact]
    public void WithoutTheFlagTheMetricHasTheErrorStatus()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir, Rules);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json");

        run.ExitCode.ShouldBe(1);
        Volume(run).GetProperty("status").GetString().ShouldBe("error");
        run.Stderr.ShouldContain("C# formulas run only when they are allowed (scorerules eval --allow-csharp)");
    }

    [Fact]
    public void ExplainAcceptsTheFlag()
    {
        using var dir = new TempFolder();
        var (rules, data) = Write(dir, Rules);

        var run = CliRun.Of("explain", rules, "--data", data, "--period", "2026-03", "--person", "alice", "--allow-csharp");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("score 60 × weight 100 % = 60 points");
    }

    [Fact]
    public void CheckReportsAForbiddenApi()
    {
        using var dir = new TempFolder();
        var (rules, _) = Write(dir, Rules.Replace("value count() over tickets", "value csharp \"System.IO.File.ReadAllText(\\\"secret.txt\\\").Length\""));

        var run = CliRun.Of("check", rules);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("error SR2024");
        run.Stdout.ShouldContain("System.IO.File.ReadAllText");
    }
    [Fact]
    public void DiffRunsTheFormulasWithAllowCSharpAndOtherwiseSaysTheyDidNotRun()
    {
        using var dir = new TempFolder();
        // Version 1 scores volume with C# (alice: 3 tickets → 60 points → total 60, grade B); version 2 with `met`
        // (3 < 5 → 0 points → total 0, grade B). Both are written as versions of one policy in the working tree.
        var v1 = Rules.Replace("effective 2026-01-01 .. 2026-12-31", "effective 2026-01-01 .. 2026-06-30");
        var v2 = Rules.Replace("version \"1\"", "version \"2\"").Replace("effective 2026-01-01 .. 2026-12-31", "effective 2026-07-01 .. 2026-12-31")
            .Replace("score csharp \"Math.Min(100, value * 20)\"", "score met");
        dir.Write("rules/v1.score", v1 + "\n");
        dir.Write("rules/v2.score", v2 + "\n");
        dir.Write("data/tickets.csv", Tickets + "\n");
        string[] args = ["diff", Path.Combine(dir.Path, "rules"), "--from", "version:1", "--to", "version:2",
            "--data", Path.Combine(dir.Path, "data"), "--period", "2026-03", "--format", "json"];

        var run = CliRun.Of([.. args, "--allow-csharp"]);

        run.ExitCode.ShouldBe(0, run.Stderr);
        var alice = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("impact").GetProperty("people")[0];
        alice.GetProperty("totalBefore").GetDecimal().ShouldBe(60m);
        alice.GetProperty("totalAfter").GetDecimal().ShouldBe(0m);
        alice.GetProperty("delta").GetDecimal().ShouldBe(-60m);

        var without = CliRun.Of(args);

        without.Stderr.ShouldContain("was not run: C# formulas run only when they are allowed");
        JsonDocument.Parse(without.Stdout).RootElement.GetProperty("impact").GetProperty("people")[0]
            .GetProperty("totalBefore").ValueKind.ShouldNotBe(JsonValueKind.Number);
    }
}
