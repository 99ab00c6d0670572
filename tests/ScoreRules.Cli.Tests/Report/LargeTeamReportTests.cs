namespace ScoreRules.Cli.Tests.Report;

/// <summary>Reports of a team larger than the template engine's default of 1,000 loop rounds.</summary>
public sealed class LargeTeamReportTests
{
    private static string Rules()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return Path.Combine(dir.FullName, "rules", "bank-service-desk");
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    [Fact]
    public void A_packet_of_1001_people_lists_everyone()
    {
        using var data = new TempFolder();
        using var output = new TempFolder();
        var sample = CliRun.Of("sample", "--rules", Rules(), "--people", "1001", "--tickets", "3000", "--months", "1", "--start", "2026-03",
            "--out", data.Path);
        sample.ExitCode.ShouldBe(0, sample.Stderr);
        // The people in the data's order, read from the file rather than from anything the report made.
        var ids = File.ReadAllLines(Path.Combine(data.Path, "people.csv")).Skip(1).Select(line => line[..line.IndexOf(',')]).ToList();
        ids.Count.ShouldBe(1001);

        var run = CliRun.Of("report", Rules(), "--data", data.Path, "--period", "2026-03", "--out", output.Path, "--format", "md");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var folder = Path.Combine(output.Path, "2026-03");
        Directory.GetFiles(folder).Length.ShouldBe(2 * 1001 + 1); // an appraisal and a plan each, and the packet
        var packet = File.ReadAllText(Path.Combine(folder, "packet.md"));
        var documents = packet.Split("\n\n<!-- pagebreak -->\n\n");
        documents.Length.ShouldBe(1 + 1001); // the cover, then one appraisal per person
        var cover = documents[0].Split('\n');
        // The cover's people table (packet-cover.md.sbn): a header row, the |---| row, then one row per person.
        var people = cover.SkipWhile(line => !line.StartsWith("## 人員", StringComparison.Ordinal)).Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Skip(2).Select(line => line.Split(" | ")[0][2..]).ToList();
        people.ShouldBe(ids);
    }
}
