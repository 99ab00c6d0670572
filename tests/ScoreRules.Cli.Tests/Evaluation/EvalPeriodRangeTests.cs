using System.Text.Json;

namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>
/// <c>eval --period FIRST..LAST</c> on rules/acme-helpdesk (monthly; version 2026-Q1 until 31 March, 2026-Q2 from
/// 1 April) with six months of sample data: each period's result must be exactly what a separate <c>eval</c> of that
/// period gives (the second method), and malformed ranges are usage errors.
/// </summary>
public sealed class EvalPeriodRangeTests : IClassFixture<EvalPeriodRangeTests.SampleData>
{
    private readonly SampleData _data;

    public EvalPeriodRangeTests(SampleData data) => _data = data;

    private static readonly string[] Months = ["2026-02", "2026-03", "2026-04", "2026-05"];

    private CliRun Eval(string period, params string[] extra) =>
        CliRun.Of(["eval", SampleData.Rules(), "--data", _data.Folder, "--period", period, .. extra]);

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    [Fact]
    public void EachPeriodOfTheJsonIsTheSinglePeriodResult()
    {
        var range = Eval("2026-02..2026-05", "--format", "json");
        range.ExitCode.ShouldBe(0, range.Stderr);
        var root = JsonDocument.Parse(range.Stdout).RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["periods"]);
        var periods = root.GetProperty("periods").EnumerateArray().ToList();
        periods.Select(p => p.GetProperty("period").GetString()).ShouldBe(Months);
        // The months of April and May fall under the second version.
        periods.Select(p => p.GetProperty("version").GetString()).ShouldBe(["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q2"]);

        foreach (var (month, element) in Months.Zip(periods))
        {
            var single = Eval(month, "--format", "json");
            single.ExitCode.ShouldBe(0, single.Stderr);
            var expected = JsonDocument.Parse(single.Stdout).RootElement;
            expected.GetProperty("people").GetArrayLength().ShouldBeGreaterThan(0);
            Compact(element).ShouldBe(Compact(expected), month);
        }
    }

    [Fact]
    public void CsvRowsAreTheSinglePeriodRowsWithThePeriodFirst()
    {
        var range = Eval("2026-03..2026-04", "--format", "csv");
        range.ExitCode.ShouldBe(0, range.Stderr);
        var lines = range.Stdout.TrimEnd('\n').Split('\n');

        var expected = new List<string>();
        string? header = null;
        foreach (var month in new[] { "2026-03", "2026-04" })
        {
            var single = Eval(month, "--format", "csv").Stdout.TrimEnd('\n').Split('\n');
            header = single[0];
            expected.AddRange(single.Skip(1).Select(row => month + "," + row));
        }
        lines[0].ShouldBe("period," + header);
        lines.Skip(1).ShouldBe(expected);
    }

    [Fact]
    public void TheTableIsOneTablePerPeriod()
    {
        var range = Eval("2026-03..2026-04");
        range.ExitCode.ShouldBe(0, range.Stderr);

        range.Stdout.ShouldBe(Eval("2026-03").Stdout + "\n" + Eval("2026-04").Stdout);
    }

    [Fact]
    public void DataWarningsAreWrittenOnceForTheRange()
    {
        var single = Eval("2026-03", "--format", "json");
        var range = Eval("2026-02..2026-05", "--format", "json");

        // The sample data's people list leaves someone out (SD102); both versions read the file, one line is written.
        var warnings = single.Stderr.Split('\n').Where(l => l.Contains(" warning SD", StringComparison.Ordinal)).ToList();
        warnings.ShouldNotBeEmpty();
        range.Stderr.Split('\n').Where(l => l.Contains(" warning SD", StringComparison.Ordinal)).ShouldBe(warnings);
    }

    [Fact]
    public void ARangeOfOnePeriodGivesTheRangeShape()
    {
        var range = Eval("2026-03..2026-03", "--format", "json");

        var periods = JsonDocument.Parse(range.Stdout).RootElement.GetProperty("periods");
        periods.GetArrayLength().ShouldBe(1);
        Compact(periods[0]).ShouldBe(Compact(JsonDocument.Parse(Eval("2026-03", "--format", "json").Stdout).RootElement));
    }

    [Theory]
    [InlineData("2026-05..2026-02", "error: --period: '2026-05..2026-02' ends before it starts; write the earlier period first: 2026-02..2026-05")]
    [InlineData("2026-02..2026-Q2", "error: --period: '2026-02..2026-Q2' starts with a month and ends with a quarter; both ends must be the same kind of period, e.g. 2026-02..2026-06\n")]
    // The example is in months whichever end is the month: Q1 is January to March.
    [InlineData("2026-Q1..2026-03", "error: --period: '2026-Q1..2026-03' starts with a quarter and ends with a month; both ends must be the same kind of period, e.g. 2026-01..2026-03\n")]
    // 2026 as months ends with 2026-12; 2027-01..2026-12 would run backwards, so there is no example.
    [InlineData("2027-01..2026", "error: --period: '2027-01..2026' starts with a month and ends with a year; both ends must be the same kind of period\n")]
    [InlineData("2026-Q1..2026-Q2", "error: --period: 2026-Q1..2026-Q2 is a range of quarters, but version `2026-Q1` of the policy appraises by month (`period month`); write a range of months, e.g. 2026-01..2026-06")]
    [InlineData("2026..2026", "error: --period: 2026..2026 is a range of years, but version `2026-Q1` of the policy appraises by month")]
    [InlineData("2026-02..", "error: --period: '2026-02..' has no last period; write both ends, e.g. 2026-02..2026-02\n")]
    [InlineData("..2026-Q3", "error: --period: '..2026-Q3' has no first period; write both ends, e.g. 2026-Q3..2026-Q3\n")]
    [InlineData("2026-02..2026-13", "error: --period: '2026-13' in '2026-02..2026-13' is not a period")]
    // July 2026 is after the last version ends (30 June).
    [InlineData("2026-05..2026-07", "error: no policy version is in effect on 2026-07-01, the first day of 2026-07")]
    public void BadRangesAreUsageErrors(string period, string message)
    {
        var run = Eval(period, "--format", "json");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldStartWith(message);
    }

    // The rules both versions share in the tests of policies with several versions: one metric, one scorecard.
    private const string OneMetricDesk = """
        source tickets "tickets.csv" {
          person = agent
          at = created
          created: datetime = created
        }
        metric handled "Tickets" {
          description "Tickets opened in the period."
          value count() over tickets
          target >= 1
          score met
        }
        scorecard desk "Desk" {
          dimension volume "Volume" { handled 100% }
        }
        """;

    [Fact]
    public void APeriodStraddlingTwoVersionsIsRefused()
    {
        // A range of quarters needs a quarterly policy; here one whose versions change in mid-quarter (15 February).
        using var dir = new TempFolder();
        dir.Write("rules/common.score", OneMetricDesk);
        dir.Write("rules/a.score", "policy \"P\" { version \"a\" effective 2026-01-01 .. 2026-02-14 period quarter timezone \"UTC\" }\n");
        dir.Write("rules/b.score", "policy \"P\" { version \"b\" effective 2026-02-15 .. 2026-12-31 period quarter timezone \"UTC\" }\n");
        dir.Write("data/tickets.csv", "agent,created\nann,2026-01-05 09:00\nann,2026-05-05 09:00\n");

        var run = CliRun.Of("eval", Path.Combine(dir.Path, "rules"), "--data", Path.Combine(dir.Path, "data"), "--period", "2026-Q1..2026-Q2");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("error: period 2026-Q1 straddles two policy versions: `a` (until 2026-02-14) and `b` (from 2026-02-15)");
    }

    [Theory]
    // Version m appraises by month until 31 March, version q by quarter from 1 April.
    // 2026-02..2026-05: April is quarterly; as quarters it would be 2026-Q1..2026-Q2, but Q1 is monthly: no example.
    [InlineData("2026-02..2026-05", "error: --period: 2026-02..2026-05 is a range of months, but version `q` of the policy appraises by quarter (`period quarter`); write a range of quarters\n")]
    // 2026-Q1..2026-Q2: Q1 is monthly; as months, 2026-01..2026-06 reaches the quarterly April: no example.
    [InlineData("2026-Q1..2026-Q2", "error: --period: 2026-Q1..2026-Q2 is a range of quarters, but version `m` of the policy appraises by month (`period month`); write a range of months\n")]
    // 2026-05..2026-06 lies in the quarterly version alone: 2026-Q2..2026-Q2 is accepted, so it is suggested.
    [InlineData("2026-05..2026-06", "error: --period: 2026-05..2026-06 is a range of months, but version `q` of the policy appraises by quarter (`period quarter`); write a range of quarters, e.g. 2026-Q2..2026-Q2\n")]
    public void WithVersionsOfTwoKindsOnlyARangeThatWouldBeAcceptedIsSuggested(string period, string message)
    {
        using var dir = new TempFolder();
        dir.Write("rules/common.score", OneMetricDesk);
        dir.Write("rules/m.score", "policy \"P\" { version \"m\" effective 2026-01-01 .. 2026-03-31 period month timezone \"UTC\" }\n");
        dir.Write("rules/q.score", "policy \"P\" { version \"q\" effective 2026-04-01 .. 2026-12-31 period quarter timezone \"UTC\" }\n");
        dir.Write("data/tickets.csv", "agent,created\nann,2026-01-05 09:00\nann,2026-05-05 09:00\n");

        var run = CliRun.Of("eval", Path.Combine(dir.Path, "rules"), "--data", Path.Combine(dir.Path, "data"), "--period", period);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe(message);
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("report")]
    public void OnlyEvalTakesARange(string command)
    {
        using var outDir = new TempFolder();
        string[] args = command == "report"
            ? [command, SampleData.Rules(), "--data", _data.Folder, "--period", "2026-02..2026-03", "--out", outDir.Path]
            : [command, SampleData.Rules(), "--data", _data.Folder, "--period", "2026-02..2026-03", "--person", "alice"];

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("error: --period: 2026-02..2026-03 is a range of periods; only eval takes a range, give one period such as 2026-02\n");
    }

    /// <summary>Six months (2026-01..2026-06) of sample data for rules/acme-helpdesk, written once by <c>scorerules sample</c>.</summary>
    public sealed class SampleData : IDisposable
    {
        private readonly TempFolder _folder = new();

        public SampleData()
        {
            var run = CliRun.Of("sample", "--rules", Rules(), "--out", _folder.Path, "--months", "6", "--start", "2026-01", "--people", "6", "--tickets", "60");
            run.ExitCode.ShouldBe(0, run.Stderr);
        }

        public string Folder => _folder.Path;

        public static string Rules()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return Path.Combine(dir.FullName, "rules", "acme-helpdesk");
            throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
        }

        public void Dispose() => _folder.Dispose();
    }
}
