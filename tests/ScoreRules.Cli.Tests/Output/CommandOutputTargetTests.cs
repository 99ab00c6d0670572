using System.Runtime.Versioning;

namespace ScoreRules.Cli.Tests.Output;

/// <summary>
/// <c>report --out DIR</c> and <c>sample --out DIR</c> onto a symbolic link (followed: the file it points to gets the new
/// content, the link stays) and onto a read-only file (refused, and no other file changed).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class CommandOutputTargetTests
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private static string[] ReportArgs(string output)
    {
        var root = RepoRoot();
        return ["report", Path.Combine(root, "rules", "bank-service-desk"), "--data", Path.Combine(root, "examples", "bank-service-desk", "data"),
            "--period", "2026-03", "--out", output, "--format", "md", "--person", "A1001"];
    }

    private static string[] SampleArgs(string output) =>
        ["sample", "--rules", Path.Combine(RepoRoot(), "rules", "bank-service-desk"), "--people", "8", "--tickets", "20", "--months", "1",
            "--seed", "5", "--start", "2026-03", "--out", output];

    [UnixFact]
    public void Report_onto_a_link_writes_the_file_it_points_to_and_keeps_the_link()
    {
        using var output = new TempFolder();
        var args = ReportArgs(output.Path);
        CliRun.Of(args).ExitCode.ShouldBe(0);
        var folder = Path.Combine(output.Path, "2026-03");
        var report = Path.Combine(folder, "A1001.md");
        // The same command writes the same bytes, so the first run's file is what the link's file must hold.
        var expected = File.ReadAllBytes(report);
        var kept = Directory.CreateDirectory(Path.Combine(output.Path, "kept")).FullName;
        var target = Path.Combine(kept, "A1001.md");
        File.WriteAllText(target, "old");
        File.Delete(report);
        File.CreateSymbolicLink(report, Path.Combine("..", "kept", "A1001.md"));

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain($"wrote {report}\n");
        File.ReadAllBytes(target).ShouldBe(expected);
        new FileInfo(report).LinkTarget.ShouldBe(Path.Combine("..", "kept", "A1001.md"));
        Directory.GetFileSystemEntries(kept).ShouldBe([target]);
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["A1001.md", "A1001.pdca.md", "packet.md"]);
    }

    [UnixFact]
    public void Sample_onto_a_link_writes_the_file_it_points_to_and_keeps_the_link()
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "data");
        CliRun.Of(SampleArgs(output)).ExitCode.ShouldBe(0);
        var people = Path.Combine(output, "people.csv");
        // The same seed and options give the same bytes.
        var expected = File.ReadAllBytes(people);
        var names = Directory.GetFileSystemEntries(output).Order(StringComparer.Ordinal).ToList();
        var target = dir.Write("people-of-march.csv", "old");
        File.Delete(people);
        File.CreateSymbolicLink(people, Path.Combine("..", "people-of-march.csv"));

        var run = CliRun.Of(SampleArgs(output));

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain($"  replaced {people}");
        File.ReadAllBytes(target).ShouldBe(expected);
        new FileInfo(people).LinkTarget.ShouldBe(Path.Combine("..", "people-of-march.csv"));
        Directory.GetFileSystemEntries(output).Order(StringComparer.Ordinal).ShouldBe(names);
        Directory.GetFileSystemEntries(dir.Path).Order(StringComparer.Ordinal).ShouldBe([output, target]);
    }

    [UnixFact]
    public void Sample_onto_a_read_only_file_is_refused_and_changes_no_file()
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "data");
        CliRun.Of(SampleArgs(output)).ExitCode.ShouldBe(0);
        var names = Directory.GetFileSystemEntries(output).Order(StringComparer.Ordinal).ToList();
        foreach (var name in names) File.WriteAllText(name, "old " + Path.GetFileName(name));
        var tickets = Path.Combine(output, "tickets.csv");
        File.SetUnixFileMode(tickets, ReadOnly);

        var run = CliRun.Of(SampleArgs(output));

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldBe($"error: {tickets}: cannot write this file: it is read-only\n");
        Directory.GetFileSystemEntries(output).Order(StringComparer.Ordinal).ShouldBe(names);
        foreach (var name in names) File.ReadAllText(name).ShouldBe("old " + Path.GetFileName(name));
        File.GetUnixFileMode(tickets).ShouldBe(ReadOnly);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }
}
