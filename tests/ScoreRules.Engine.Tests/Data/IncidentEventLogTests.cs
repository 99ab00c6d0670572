using System.Globalization;
using System.IO.Compression;
using NodaTime;
using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Tests.Data;

/// <summary>
/// Reads a real ServiceNow export: the "Incident management process enriched event log" (Amaral,
/// Fantinato and Peres, 2018, UCI Machine Learning Repository, https://doi.org/10.24432/C57S4H,
/// licence CC BY 4.0). One row per change of an incident; 141,712 rows, 24,918 incidents. The zip is
/// taken from the shared data folder, found by walking up from the test's folder; the test fails (does
/// not skip) when it is not there.
/// </summary>
public sealed class IncidentEventLogTests : IClassFixture<IncidentEventLogTests.Unzipped>
{
    private const string Rules = """
        source incidents "incident_event_log.csv" {
          missing "?"
          key id = number
          keep last by sys_mod_count, sys_updated_at
          assignee: text? = assigned_to
          person = assigned_to
          at = opened_at
          opened: datetime "d/M/yyyy HH:mm" = opened_at
          updated: datetime "d/M/yyyy HH:mm" = sys_updated_at
          updates: int = sys_mod_count
          resolved: datetime? "d/M/yyyy HH:mm" = resolved_at
          reassignments: int = reassignment_count
          reopens: int = reopen_count
          made_sla: bool = made_sla
          state: text = incident_state expect ["New", "Active", "Awaiting User Info", "Awaiting Vendor", "Awaiting Problem", "Awaiting Evidence", "Resolved", "Closed"]
          priority: int = priority map { "1 - Critical" -> 1, "2 - High" -> 2, "3 - Moderate" -> 3, "4 - Low" -> 4 }
        }
        """;

    private readonly Unzipped _data;

    public IncidentEventLogTests(Unzipped data) => _data = data;

    [Fact]
    public void Keep_last_gives_one_final_row_per_incident_that_matches_a_plain_pass()
    {
        var source = DataLoaderTests.Bind(Rules, "incidents");
        var context = new ReadContext(DateTimeZone.Utc);
        var records = DataLoader.Load(source, _data.Folder, context).ToList();
        int F(string name) => source.Fields.ToList().FindIndex(f => f.Name == name);

        var quirks = PlainQuirks(Path.Combine(_data.Folder, "incident_event_log.csv"));
        // The states outside the expect list, and the rows that sort below an earlier row of their incident: one warning each.
        quirks.UnexpectedRows.Select(u => u.State).Distinct().ShouldBe(["-100"]);
        quirks.UnexpectedRows.Count.ShouldBe(5);
        quirks.OutOfOrderRows.Count.ShouldBe(11);
        var disordered = quirks.OutOfOrderRows.DistinctBy(o => o.Number).ToList();
        disordered.Count.ShouldBe(5);
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "incident_event_log.csv:0:0: warning SD105: 5 rows of incident_event_log.csv have a value of field state (column \"incident_state\") "
            + $"that its expect list does not hold: \"-100\" in 5 rows (first: {string.Join(", ", quirks.UnexpectedRows.Take(3).Select(u => u.Row))}); "
            + "the rows are used as they are; add a value to the list if it is valid",
            "incident_event_log.csv:0:0: warning SD104: the rows of 5 keys (field id) are out of order in incident_event_log.csv: "
            + "11 rows sort before an earlier row with the same id by sys_mod_count, sys_updated_at "
            + $"(first: {string.Join("; ", disordered.Take(3).Select(o => $"row {o.Row}, id \"{o.Number}\""))}); "
            + "keep last compares these values, not the places in the file, so it still keeps the row with the largest values",
        ]);
        context.HasErrors.ShouldBeFalse();
        records.Count.ShouldBe(24_918);
        context.RowsRead.ShouldBe(141_712);
        context.RowsReplaced.ShouldBe(141_712 - 24_918);

        var plain = PlainFinalRows(Path.Combine(_data.Folder, "incident_event_log.csv"));
        plain.Count.ShouldBe(24_918);
        records.Select(r => (string)r.Values[F("id")]!).ShouldBe(plain.Select(p => p.Number));
        records.Count(r => (bool)r.Values[F("made_sla")]!).ShouldBe(plain.Count(p => p.MadeSla));
        records.Sum(r => (decimal)r.Values[F("reassignments")]!).ShouldBe(plain.Sum(p => p.Reassignments));
        records.Count(r => r.Values[F("state")] is "Closed").ShouldBe(plain.Count(p => p.State == "Closed"));
        records.Count(r => r.Values[F("resolved")] is null).ShouldBe(plain.Count(p => p.Resolved is null));
        records.Sum(r => r.Values[F("resolved")] is Instant resolved ? (resolved - (Instant)r.Values[F("opened")]!).TotalMinutes : 0)
            .ShouldBe(plain.Sum(p => p.Resolved is { } resolved ? (resolved - p.Opened).TotalMinutes : 0));
        records.Count(r => (decimal)r.Values[F("priority")]! == 1).ShouldBe(plain.Count(p => p.Priority == "1 - Critical"));
        records.Select(r => r.Row).ShouldBe(plain.Select(p => p.Row));
    }

    private sealed record FinalRow(string Number, int Row, int Updates, DateTime Updated, DateTime Opened, DateTime? Resolved,
        string State, bool MadeSla, int Reassignments, string Priority);

    /// <summary>
    /// An independent pass: split each line on commas (this export has no quoted cells), keep per
    /// incident the row with the highest (sys_mod_count, sys_updated_at), a later line winning a tie,
    /// in the order incidents first appear.
    /// </summary>
    private static List<FinalRow> PlainFinalRows(string path)
    {
        static DateTime Time(string s) => DateTime.ParseExact(s, "d/M/yyyy H:mm", CultureInfo.InvariantCulture);
        var lines = File.ReadLines(path).ToList();
        var header = lines[0].Split(',').ToList();
        int C(string name) => header.IndexOf(name);
        var order = new List<string>();
        var best = new Dictionary<string, FinalRow>();
        for (var i = 1; i < lines.Count; i++)
        {
            var c = lines[i].Split(',');
            var row = new FinalRow(c[C("number")], i + 1, int.Parse(c[C("sys_mod_count")], CultureInfo.InvariantCulture),
                Time(c[C("sys_updated_at")]), Time(c[C("opened_at")]), c[C("resolved_at")] == "?" ? null : Time(c[C("resolved_at")]),
                c[C("incident_state")], c[C("made_sla")] == "true", int.Parse(c[C("reassignment_count")], CultureInfo.InvariantCulture),
                c[C("priority")]);
            if (!best.TryGetValue(row.Number, out var current))
            {
                order.Add(row.Number);
                best[row.Number] = row;
            }
            else if (row.Updates > current.Updates || row.Updates == current.Updates && row.Updated >= current.Updated)
            {
                best[row.Number] = row;
            }
        }
        return order.Select(n => best[n]).ToList();
    }

    private sealed record Quirks(List<(int Row, string State)> UnexpectedRows, List<(int Row, string Number)> OutOfOrderRows);

    /// <summary>
    /// The rows whose state is not one of the eight the log uses, and the rows that sort below some earlier row of
    /// their incident by (sys_mod_count, sys_updated_at), found by comparing each row with every earlier row of its
    /// incident.
    /// </summary>
    private static Quirks PlainQuirks(string path)
    {
        static DateTime Time(string s) => DateTime.ParseExact(s, "d/M/yyyy H:mm", CultureInfo.InvariantCulture);
        string[] states = ["New", "Active", "Awaiting User Info", "Awaiting Vendor", "Awaiting Problem", "Awaiting Evidence", "Resolved", "Closed"];
        var lines = File.ReadLines(path).ToList();
        var header = lines[0].Split(',').ToList();
        int C(string name) => header.IndexOf(name);
        var earlier = new Dictionary<string, List<(int Updates, DateTime Updated)>>();
        var unexpected = new List<(int, string)>();
        var outOfOrder = new List<(int, string)>();
        for (var i = 1; i < lines.Count; i++)
        {
            var c = lines[i].Split(',');
            var number = c[C("number")];
            var row = (Updates: int.Parse(c[C("sys_mod_count")], CultureInfo.InvariantCulture), Updated: Time(c[C("sys_updated_at")]));
            if (!states.Contains(c[C("incident_state")])) unexpected.Add((i + 1, c[C("incident_state")]));
            if (!earlier.TryGetValue(number, out var before)) earlier[number] = before = [];
            if (before.Any(b => row.Updates < b.Updates || row.Updates == b.Updates && row.Updated < b.Updated)) outOfOrder.Add((i + 1, number));
            before.Add(row);
        }
        return new Quirks(unexpected, outOfOrder);
    }

    /// <summary>The event log unzipped once into a temp folder for the tests of this class.</summary>
    public sealed class Unzipped : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Unzipped()
        {
            ZipFile.ExtractToDirectory(FindZip(), _folder.Path);
        }

        public string Folder => _folder.Path;

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
