using System.Runtime.Versioning;
using ScoreRules.Cli.Output;
using ScoreRules.Cli.Tests.Evaluation;

namespace ScoreRules.Cli.Tests.Output;

/// <summary>
/// A read-only output file is refused, not replaced: a rename needs only the folder's permission, so without a check
/// <c>eval --out</c> and <c>report</c> would swap a read-only file for a new one. Mode 444 (r--r--r--) has no write
/// bit for anyone, which counts as read-only for every user, root included, so these tests mean the same for both.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyTargetTests
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    [UnixFact]
    public void A_read_only_file_is_refused_and_left_as_it_was()
    {
        using var folder = new TempFolder();
        var file = folder.Write("r.json", "old");
        File.SetUnixFileMode(file, ReadOnly);
        var stderr = new StringWriter();

        AtomicFile.TryWrite(file, "new", stderr).ShouldBeFalse();

        stderr.ToString().ShouldBe($"error: {file}: cannot write this file: it is read-only\n");
        File.ReadAllText(file).ShouldBe("old");
        File.GetUnixFileMode(file).ShouldBe(ReadOnly);
        Directory.GetFileSystemEntries(folder.Path).ShouldBe([file]);
    }

    [UnixFact]
    public void A_link_to_a_read_only_file_names_the_file()
    {
        using var folder = new TempFolder();
        var file = folder.Write("target.json", "old");
        File.SetUnixFileMode(file, ReadOnly);
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, "target.json");
        var stderr = new StringWriter();

        AtomicFile.TryWrite(link, "new", stderr).ShouldBeFalse();

        stderr.ToString().ShouldBe($"error: {link}: cannot write this file: {file}, which it points to, is read-only\n");
        File.ReadAllText(file).ShouldBe("old");
    }

    [UnixFact]
    public void Eval_out_onto_a_read_only_file_is_an_output_error()
    {
        using var folder = new TempFolder();
        var (rules, data) = EvalFixture.Write(folder);
        var file = folder.Write("results.csv", "old");
        File.SetUnixFileMode(file, ReadOnly);

        var run = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "csv", "--out", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldEndWith($"error: {file}: cannot write this file: it is read-only\n");
        File.ReadAllText(file).ShouldBe("old");
    }

    [UnixFact]
    public void A_read_only_file_among_several_leaves_every_old_file_as_it_was()
    {
        using var folder = new TempFolder();
        var a = folder.Write("a.pdf", "old a");
        var b = folder.Write("b.pdf", "old b");
        var c = folder.Write("c.pdf", "old c");
        File.SetUnixFileMode(b, ReadOnly);
        var stderr = new StringWriter();
        var wrote = new List<string>();
        using (var staged = new StagedFiles(folder.Path))
        {
            staged.Stage("0", "a.pdf", [1]);
            staged.Stage("1", "b.pdf", [2]);
            staged.Stage("2", "c.pdf", [3]);

            staged.Commit(["0", "1", "2"], wrote.Add, stderr).ShouldBeFalse();
        }

        stderr.ToString().ShouldBe($"error: {b}: cannot write this file: it is read-only\n");
        wrote.ShouldBeEmpty();
        Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).ShouldBe([a, b, c]);
        File.ReadAllText(a).ShouldBe("old a");
        File.ReadAllText(b).ShouldBe("old b");
        File.ReadAllText(c).ShouldBe("old c");
        File.GetUnixFileMode(b).ShouldBe(ReadOnly);
    }

    [UnixFact]
    public void Report_onto_a_read_only_file_changes_nothing_in_the_folder()
    {
        var root = RepoRoot();
        using var output = new TempFolder();
        string[] args = ["report", Path.Combine(root, "rules", "bank-service-desk"), "--data", Path.Combine(root, "examples", "bank-service-desk", "data"),
            "--period", "2026-03", "--out", output.Path, "--format", "md", "--person", "A1001"];
        CliRun.Of(args).ExitCode.ShouldBe(0);
        var folder = Path.Combine(output.Path, "2026-03");
        var names = new[] { "A1001.md", "A1001.pdca.md", "packet.md" };
        foreach (var name in names) File.WriteAllText(Path.Combine(folder, name), "old " + name);
        var pdca = Path.Combine(folder, "A1001.pdca.md");
        File.SetUnixFileMode(pdca, ReadOnly);

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {pdca}: cannot write this file: it is read-only\n");
        Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(names);
        foreach (var name in names) File.ReadAllText(Path.Combine(folder, name)).ShouldBe("old " + name);
    }

    [UnixFact]
    public void Fmt_leaves_a_read_only_rule_file_as_it_is_and_says_so()
    {
        using var folder = new TempFolder();
        // Three blank lines at the end, where the format has none.
        var file = folder.Write("policy.score", EvalFixture.Policy + "\n\n\n\n");
        CliRun.Of("fmt", "--check", file).ExitCode.ShouldBe(1);
        var before = File.ReadAllBytes(file);
        File.SetUnixFileMode(file, ReadOnly);

        var run = CliRun.Of("fmt", file);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {file}: cannot write this file: it is read-only\n");
        run.Stdout.ShouldBe("formatted 0 files\n");
        File.ReadAllBytes(file).ShouldBe(before);
        Directory.GetFileSystemEntries(folder.Path).ShouldBe([file]);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }
}
