using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace ScoreRules.Cli.Tests.Examples;

/// <summary>
/// examples/servicenow-incidents on the full "Incident management process enriched event log" (Amaral,
/// Fantinato and Peres, 2018, UCI Machine Learning Repository, https://doi.org/10.24432/C57S4H, CC BY 4.0):
/// every agent's March 2016 figures from <c>eval</c> against a plain pass over the CSV written here. The zip
/// is found in shared/data above the test's folder and unzipped once; the tests fail (never skip) without it.
/// </summary>
public sealed class ServiceNowFullLogTests : IClassFixture<ServiceNowFullLogTests.Unzipped>
{
    private readonly Unzipped _data;

    public ServiceNowFullLogTests(Unzipped data) => _data = data;

    [Fact]
    public void EveryAgentsMarchMatchesAPlainPassOverTheCsv()
    {
        var run = CliRun.Of("eval", ServiceNowExtractTests.Example(), "--data", _data.Folder, "--period", "2016-03", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        // The two quirks of the log (TheQuirksAreReportedAsCountedDataWarnings), nothing else.
        root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe(["SD105", "SD104"]);

        var expected = PlainPass(_data.Csv).Finals
            .Where(f => f.Opened is { Year: 2016, Month: 3 } && f.Agent != "?")
            .GroupBy(f => f.Agent)
            .ToDictionary(g => g.Key, g => g.ToList());
        expected.Count.ShouldBeGreaterThan(100);

        var actual = root.GetProperty("people").EnumerateArray()
            .Select(p => (Person: p.GetProperty("person").GetString()!, Metrics: p.GetProperty("metrics").EnumerateArray()
                .ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("value").ValueKind == JsonValueKind.Number ? m.GetProperty("value").GetDecimal() : (decimal?)null)))
            .Where(p => p.Metrics["handled"] is not null)
            .ToDictionary(p => p.Person, p => p.Metrics);
        actual.Keys.Order(StringComparer.Ordinal).ShouldBe(expected.Keys.Order(StringComparer.Ordinal));

        foreach (var (agent, incidents) in expected)
        {
            var metrics = actual[agent];
            metrics["handled"].ShouldBe(incidents.Count, agent);
            metrics["sla"]!.Value.ShouldBe((decimal)incidents.Count(i => i.MadeSla) / incidents.Count, 1e-12m, agent);
            var resolved = incidents.Where(i => i.Resolved is not null).ToList();
            if (resolved.Count == 0)
            {
                metrics["mttr_calendar"].ShouldBeNull(agent);
                continue;
            }
            // Elapsed time in the policy's zone, through .NET's own zone data: an incident open across the clock
            // change of 16 Oct 2016 (00:00 → 01:00) lasted one hour less than its wall-clock times differ.
            var meanHours = resolved.Average(i => (Utc(i.Resolved!.Value) - Utc(i.Opened)).TotalHours);
            ((double)metrics["mttr_calendar"]!.Value).ShouldBe(meanHours, 1e-6, agent);
        }
    }

    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    private static DateTime Utc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SaoPaulo);

    /// <summary>The quirk counts the example's README states, from the same plain pass.</summary>
    [Fact]
    public void TheQuirksTheReadmeCountsAreThere()
    {
        var pass = PlainPass(_data.Csv);
        pass.Rows.ShouldBe(141_712);
        pass.Finals.Count.ShouldBe(24_918);
        pass.Finals.Count(f => f.Agent == "?").ShouldBe(725);
        pass.Finals.Count(f => f.Resolved is null).ShouldBe(1_556);
        pass.Finals.Count(f => f.Resolved is null && f.State == "Closed").ShouldBe(1_556);
        pass.MinusHundredRows.ShouldBe(5);
        pass.MinusHundredIncidents.ShouldBe(2);
        pass.Finals.Count(f => f.State == "-100").ShouldBe(0);
        pass.OutOfOrderIncidents.ShouldBe(4);
        pass.BelowEarlierRows.Count.ShouldBe(11);
        pass.BelowEarlierRows.Select(r => r.Number).Distinct().Count().ShouldBe(5);
    }

    /// <summary>
    /// eval reports the state -100 (SD105, the policy's expect list) and the rows out of order (SD104, its keep rule)
    /// once each, on the error stream and in the JSON's diagnostics, with the counts and first rows of the plain pass.
    /// </summary>
    [Fact]
    public void TheQuirksAreReportedAsCountedDataWarnings()
    {
        var pass = PlainPass(_data.Csv);
        var run = CliRun.Of("eval", ServiceNowExtractTests.Example(), "--data", _data.Folder, "--period", "2016-04", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Stderr);

        var diagnostics = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Code: d.GetProperty("code").GetString()!, Severity: d.GetProperty("severity").GetString(), Message: d.GetProperty("message").GetString()!))
            .ToList();
        diagnostics.Select(d => (d.Code, d.Severity)).ShouldBe([("SD105", "warning"), ("SD104", "warning")]);
        var minusHundred = string.Join(", ", pass.MinusHundredRowNumbers.Take(3));
        diagnostics[0].Message.ShouldContain($"{pass.MinusHundredRows} rows of incident_event_log.csv have a value of field state (column \"incident_state\")");
        diagnostics[0].Message.ShouldContain($"\"-100\" in {pass.MinusHundredRows} rows (first: {minusHundred});");
        var first = pass.BelowEarlierRows.DistinctBy(r => r.Number).Take(3).Select(r => $"row {r.Row}, id \"{r.Number}\"");
        diagnostics[1].Message.ShouldContain($"the rows of {pass.BelowEarlierRows.Select(r => r.Number).Distinct().Count()} keys (field id) are out of order");
        diagnostics[1].Message.ShouldContain($"{pass.BelowEarlierRows.Count} rows sort before an earlier row with the same id by sys_mod_count, sys_updated_at (first: {string.Join("; ", first)})");
        // Each once on the error stream, not once per row.
        run.Stderr.Split('\n').Count(l => l.Contains(" warning SD10", StringComparison.Ordinal)).ShouldBe(2, run.Stderr);
    }

    private sealed record Final(string Number, int Updates, DateTime Updated, DateTime Opened, DateTime? Resolved, string Agent, string State, bool MadeSla);

    private sealed record Pass(int Rows, List<Final> Finals, int MinusHundredRows, int MinusHundredIncidents, int OutOfOrderIncidents,
        List<int> MinusHundredRowNumbers, List<(int Row, string Number)> BelowEarlierRows);

    /// <summary>
    /// Splits each line on commas (the export has no quoted cells: no line holds a quote), keeps per incident
    /// the row with the highest sys_mod_count, then latest sys_updated_at, a later line winning a tie; also
    /// counts rows in state -100 and incidents whose sys_mod_count goes down from one line to a later one, and lists
    /// the rows that sort below some earlier row of their incident by (sys_mod_count, sys_updated_at), comparing each
    /// row with every earlier row of its incident.
    /// </summary>
    private static Pass PlainPass(string path)
    {
        static DateTime Time(string s) => DateTime.ParseExact(s, "d/M/yyyy H:mm", CultureInfo.InvariantCulture);
        var lines = File.ReadAllLines(path);
        lines.ShouldAllBe(l => !l.Contains('"'));
        var header = lines[0].Split(',').ToList();
        int C(string name) => header.IndexOf(name);
        var best = new Dictionary<string, Final>();
        var lastCount = new Dictionary<string, int>();
        var outOfOrder = new HashSet<string>();
        var minusHundred = new HashSet<string>();
        var minusHundredRows = 0;
        var minusHundredRowNumbers = new List<int>();
        var earlier = new Dictionary<string, List<Final>>();
        var belowEarlier = new List<(int, string)>();
        for (var i = 1; i < lines.Length; i++)
        {
            var c = lines[i].Split(',');
            c.Length.ShouldBe(header.Count);
            var row = new Final(c[C("number")], int.Parse(c[C("sys_mod_count")], CultureInfo.InvariantCulture), Time(c[C("sys_updated_at")]),
                Time(c[C("opened_at")]), c[C("resolved_at")] == "?" ? null : Time(c[C("resolved_at")]), c[C("assigned_to")],
                c[C("incident_state")], c[C("made_sla")] == "true");
            if (row.State == "-100")
            {
                minusHundredRows++;
                minusHundredRowNumbers.Add(i + 1);
                minusHundred.Add(row.Number);
            }
            if (!earlier.TryGetValue(row.Number, out var before)) earlier[row.Number] = before = [];
            if (before.Any(b => row.Updates < b.Updates || row.Updates == b.Updates && row.Updated < b.Updated)) belowEarlier.Add((i + 1, row.Number));
            before.Add(row);
            if (lastCount.TryGetValue(row.Number, out var previous) && row.Updates < previous) outOfOrder.Add(row.Number);
            lastCount[row.Number] = row.Updates;
            if (!best.TryGetValue(row.Number, out var current)
                || row.Updates > current.Updates || row.Updates == current.Updates && row.Updated >= current.Updated)
                best[row.Number] = row;
        }
        return new Pass(lines.Length - 1, best.Values.ToList(), minusHundredRows, minusHundred.Count, outOfOrder.Count,
            minusHundredRowNumbers, belowEarlier);
    }

    /// <summary>The event log unzipped once into a temp folder.</summary>
    public sealed class Unzipped : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Unzipped() => ZipFile.ExtractToDirectory(FindZip(), _folder.Path);

        public string Folder => _folder.Path;

        public string Csv => Path.Combine(_folder.Path, "incident_event_log.csv");

        private static string FindZip()
        {
            const string relative = "shared/data/uci-incident-event-log/incident_event_log.zip";
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}");
        }

        public void Dispose() => _folder.Dispose();
    }
}
