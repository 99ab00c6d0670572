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
        root.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);

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
    }

    private sealed record Final(string Number, int Updates, DateTime Updated, DateTime Opened, DateTime? Resolved, string Agent, string State, bool MadeSla);

    private sealed record Pass(int Rows, List<Final> Finals, int MinusHundredRows, int MinusHundredIncidents, int OutOfOrderIncidents);

    /// <summary>
    /// Splits each line on commas (the export has no quoted cells: no line holds a quote), keeps per incident
    /// the row with the highest sys_mod_count, then latest sys_updated_at, a later line winning a tie; also
    /// counts rows in state -100 and incidents whose sys_mod_count goes down from one line to a later one.
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
                minusHundred.Add(row.Number);
            }
            if (lastCount.TryGetValue(row.Number, out var previous) && row.Updates < previous) outOfOrder.Add(row.Number);
            lastCount[row.Number] = row.Updates;
            if (!best.TryGetValue(row.Number, out var current)
                || row.Updates > current.Updates || row.Updates == current.Updates && row.Updated >= current.Updated)
                best[row.Number] = row;
        }
        return new Pass(lines.Length - 1, best.Values.ToList(), minusHundredRows, minusHundred.Count, outOfOrder.Count);
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
