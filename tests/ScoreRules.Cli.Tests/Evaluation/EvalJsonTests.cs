using System.Text.Json;

namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary><c>eval --format json</c> on <see cref="EvalFixture"/>; the expected numbers are worked out there.</summary>
public class EvalJsonTests
{
    private static JsonElement Run(out CliRun run, params string[] extra)
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        run = CliRun.Of(["eval", rules, "--data", data, "--period", "2026-03", "--format", "json", .. extra]);
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }

    private static JsonElement Person(JsonElement root, string id) =>
        root.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("person").GetString() == id);

    private static JsonElement Metric(JsonElement person, string id) =>
        person.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);

    [Fact]
    public void TopLevelNamesThePolicyVersionAndPeriod()
    {
        var root = Run(out var run);

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["policy", "version", "contentHash", "period", "people", "diagnostics", "diagnosticsNotListed", "errors"]);
        root.GetProperty("policy").GetString().ShouldBe("Test desk 測試服務台");
        root.GetProperty("version").GetString().ShouldBe("2026-Q1");
        root.GetProperty("period").GetString().ShouldBe("2026-03");
        root.GetProperty("contentHash").GetString()!.Length.ShouldBe(64); // SHA-256 in hex
        root.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("person").GetString()).ShouldBe(["alice", "bob"]);
        root.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void AlicesMetricsTotalAndGrade()
    {
        var alice = Person(Run(out _), "alice");

        alice.GetProperty("name").GetString().ShouldBe("Alice Chen");
        alice.GetProperty("role").GetString().ShouldBe("agent");
        alice.GetProperty("scorecard").GetString().ShouldBe("agents");
        alice.GetProperty("total").GetDecimal().ShouldBe(67.5m);
        alice.GetProperty("grade").GetString().ShouldBe("C");
        alice.GetProperty("gradeLabel").GetString().ShouldBe("合格");
        alice.GetProperty("bonus").GetDecimal().ShouldBe(5m);
        alice.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);

        var csat = Metric(alice, "csat");
        csat.GetProperty("value").GetDecimal().ShouldBe(4.25m);
        csat.GetProperty("unit").GetString().ShouldBe("/5");
        csat.GetProperty("status").GetString().ShouldBe("ok");
        csat.GetProperty("met").GetBoolean().ShouldBeFalse();
        csat.GetProperty("score").GetDecimal().ShouldBe(75m);
        csat.GetProperty("weight").GetDecimal().ShouldBe(0.3m);
        csat.GetProperty("effectiveWeight").GetDecimal().ShouldBe(0.3m);
        csat.GetProperty("contribution").GetDecimal().ShouldBe(22.5m);
        csat.GetProperty("rows").GetInt32().ShouldBe(4);
        csat.GetProperty("target").GetProperty("op").GetString().ShouldBe(">=");
        csat.GetProperty("target").GetProperty("value").GetDecimal().ShouldBe(4.5m);

        var frt = Metric(alice, "frt");
        frt.GetProperty("value").GetDecimal().ShouldBe(42m);
        frt.GetProperty("unit").GetString().ShouldBe("minutes");
        frt.GetProperty("score").GetDecimal().ShouldBe(50m);
        frt.GetProperty("rows").GetInt32().ShouldBe(3);
        frt.GetProperty("rowsInPeriod").GetInt32().ShouldBe(4);
        frt.GetProperty("skipped").GetProperty("not matching the where condition").GetInt32().ShouldBe(1);

        var fcr = Metric(alice, "fcr");
        fcr.GetProperty("value").GetDecimal().ShouldBe(0.75m); // a ratio, not 75
        fcr.GetProperty("target").GetProperty("value").GetDecimal().ShouldBe(0.8m);
        fcr.GetProperty("target").GetProperty("unit").GetString().ShouldBe("percent");
        fcr.GetProperty("score").GetDecimal().ShouldBe(50m);

        var ces = Metric(alice, "ces");
        ces.GetProperty("value").GetDecimal().ShouldBe(2m);
        ces.GetProperty("met").GetBoolean().ShouldBeTrue();
        ces.GetProperty("skipped").GetProperty("empty value").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void MetricPropertiesComeInAFixedOrder()
    {
        var csat = Metric(Person(Run(out _), "alice"), "csat");

        csat.EnumerateObject().Select(p => p.Name).ShouldBe([
            "id", "name", "dimension", "value", "unit", "status", "target", "met", "score", "weight", "effectiveWeight",
            "contribution", "rows", "rowsInPeriod", "skipped", "formula", "rule"]);
    }

    [Fact]
    public void DimensionsRatedBonusAlertsAndPdca()
    {
        var alice = Person(Run(out _), "alice");

        var dimensions = alice.GetProperty("dimensions").EnumerateArray().ToList();
        dimensions.Select(d => d.GetProperty("id").GetString()).ShouldBe(["customer", "operations"]);
        dimensions[0].GetProperty("name").GetString().ShouldBe("客戶體驗");
        dimensions[0].GetProperty("score").GetDecimal().ShouldBe(81.25m);
        dimensions[0].GetProperty("weight").GetDecimal().ShouldBe(0.4m);
        dimensions[0].GetProperty("contribution").GetDecimal().ShouldBe(32.5m);
        dimensions[1].GetProperty("score").GetDecimal().ShouldBe(50m);
        dimensions[1].GetProperty("contribution").GetDecimal().ShouldBe(30m);

        var rated = alice.GetProperty("rated").EnumerateArray().Single();
        rated.GetProperty("level").GetDecimal().ShouldBe(3.2m);
        rated.GetProperty("anchor").GetString().ShouldBe("Mostly clear");
        rated.GetProperty("score").GetDecimal().ShouldBe(55m);
        rated.GetProperty("disagreement").GetBoolean().ShouldBeTrue();
        rated.GetProperty("weight").GetDecimal().ShouldBe(0m);
        rated.GetProperty("contribution").ValueKind.ShouldBe(JsonValueKind.Null); // reported only
        var raters = rated.GetProperty("raters").EnumerateArray().ToList();
        raters.Select(r => r.GetProperty("rater").GetString()).ShouldBe(["sup1", "peer1"]);
        raters[0].GetProperty("behaviour").GetString().ShouldBe("Explained the VPN fix in plain words, user solved it alone");

        var bonus = alice.GetProperty("bonuses").EnumerateArray().Single();
        bonus.GetProperty("earned").GetDecimal().ShouldBe(7m);
        bonus.GetProperty("points").GetDecimal().ShouldBe(5m);
        bonus.GetProperty("max").GetDecimal().ShouldBe(5m);

        alice.GetProperty("alerts").EnumerateArray().Single().GetProperty("id").GetString().ShouldBe("slow");

        var pdca = alice.GetProperty("improvements").EnumerateArray().Single();
        pdca.GetProperty("metric").GetString().ShouldBe("fcr");
        pdca.GetProperty("plan").GetString().ShouldBe("FCR 75 %, below target");
        pdca.GetProperty("due").GetString().ShouldBe("2026-04-14");
        pdca.GetProperty("owner").GetString().ShouldBe("supervisor");
    }

    [Fact]
    public void NoDataIsNullWithItsStatusAndTheOtherWeightsAreScaledUp()
    {
        var bob = Person(Run(out _), "bob");

        var ces = Metric(bob, "ces");
        ces.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        ces.GetProperty("status").GetString().ShouldBe("no data");
        ces.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        ces.GetProperty("met").ValueKind.ShouldBe(JsonValueKind.Null);
        ces.GetProperty("contribution").ValueKind.ShouldBe(JsonValueKind.Null);
        ces.GetProperty("effectiveWeight").GetDecimal().ShouldBe(0m);

        // 30 % of the 90 % with data: one third, to 15 significant digits (docs/results.md).
        Metric(bob, "csat").GetProperty("effectiveWeight").GetDecimal().ShouldBe(0.333333333333333m);
        Metric(bob, "frt").GetProperty("value").GetDecimal().ShouldBe(18.5m);
        Metric(bob, "fcr").GetProperty("value").GetDecimal().ShouldBe(1m);
        bob.GetProperty("total").GetDecimal().ShouldBe(100m);
        bob.GetProperty("grade").GetString().ShouldBe("A");
        bob.GetProperty("rated").EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("no data");
    }

    [Fact]
    public void ChineseIsWrittenAsIsAndTheOutputIsTheSameEveryTime()
    {
        Run(out var first);
        Run(out var second);

        first.Stdout.ShouldContain("\"name\": \"王小明\"");
        first.Stdout.ShouldNotContain("\\u");
        first.Stdout.ShouldStartWith("{\n  \"policy\": ");
        // The rule paths differ between the two temp folders; everything else must not.
        static string WithoutPaths(string s) => string.Join("\n", s.Split('\n').Where(l => !l.Contains("\"rule\"")));
        WithoutPaths(first.Stdout).ShouldBe(WithoutPaths(second.Stdout));
    }

    [Fact]
    public void PersonFilterKeepsOnlyThatPerson()
    {
        var root = Run(out var run, "--person", "bob");

        run.ExitCode.ShouldBe(0);
        root.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("person").GetString()).ShouldBe(["bob"]);
    }

    [Fact]
    public void WeightedRatedItemContributesToTheTotal()
    {
        using var dir = new TempFolder();
        var (rules, data) = EvalFixture.Write(dir);
        dir.Write("rules/policy.score", EvalFixture.Policy
            .Replace("{ csat 30%, ces 10% }", "{ csat 20%, ces 10%, communication 10% }")
            .Replace("  flag disagreement > 1\n", "  flag disagreement > 1\n  score linear { 1 -> 0, 5 -> 100 }\n") + "\n");

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--person", "alice");

        run.ExitCode.ShouldBe(0);
        var alice = Person(JsonDocument.Parse(run.Stdout).RootElement, "alice");
        // Level 3.2 → (3.2 − 1) / (5 − 1) × 100 = 55 points × 10 % = 5.5.
        var rated = alice.GetProperty("rated").EnumerateArray().Single();
        rated.GetProperty("dimension").GetString().ShouldBe("customer");
        rated.GetProperty("weight").GetDecimal().ShouldBe(0.1m);
        rated.GetProperty("effectiveWeight").GetDecimal().ShouldBe(0.1m);
        rated.GetProperty("contribution").GetDecimal().ShouldBe(5.5m);
        // csat 75 × 20 % = 15, ces 10, communication 5.5, frt 15, fcr 15, kudos 5.
        alice.GetProperty("total").GetDecimal().ShouldBe(65.5m);
        alice.GetProperty("dimensions")[0].GetProperty("contribution").GetDecimal().ShouldBe(30.5m);
    }
}
