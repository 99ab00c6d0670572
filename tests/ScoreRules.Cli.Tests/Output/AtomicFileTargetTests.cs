using System.Runtime.Versioning;
using System.Text;
using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Tests.Output;

/// <summary>
/// <c>--out</c> onto something other than a plain file: a symbolic link is followed (its file gets the text, the link
/// stays), a named pipe or a device is written into and stays what it is.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTargetTests
{
    [UnixFact]
    public void A_link_is_followed_and_stays_a_link_and_its_file_keeps_its_permissions()
    {
        using var folder = new TempFolder();
        var real = Directory.CreateDirectory(Path.Combine(folder.Path, "real")).FullName;
        var links = Directory.CreateDirectory(Path.Combine(folder.Path, "links")).FullName;
        var target = Path.Combine(real, "target.json");
        File.WriteAllText(target, "old content, longer than the new");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(links, "link.json");
        File.CreateSymbolicLink(link, Path.Combine("..", "real", "target.json"));

        AtomicFile.TryWrite(link, "new", TextWriter.Null).ShouldBeTrue();

        File.ReadAllText(target).ShouldBe("new");
        new FileInfo(link).LinkTarget.ShouldBe(Path.Combine("..", "real", "target.json"));
        // rw-r----- as set above, and no temporary file in either folder.
        File.GetUnixFileMode(target).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        Directory.GetFileSystemEntries(real).ShouldBe([target]);
        Directory.GetFileSystemEntries(links).ShouldBe([link]);
    }

    [UnixFact]
    public void Eval_out_onto_a_link_writes_the_printed_results_into_the_file_it_points_to()
    {
        using var folder = new TempFolder();
        var (rules, data) = Evaluation.EvalFixture.Write(folder);
        var target = folder.Write("target.json", "old");
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, "target.json");

        var printed = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json");
        var written = CliRun.Of("eval", rules, "--data", data, "--period", "2026-03", "--format", "json", "--out", link);

        written.ExitCode.ShouldBe(0);
        written.Stderr.ShouldBe(printed.Stderr);
        File.ReadAllText(target).ShouldBe(printed.Stdout);
        printed.Stdout.ShouldContain("\"person\": \"alice\"");
        new FileInfo(link).LinkTarget.ShouldBe("target.json");
        Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).ShouldBe([link, target]);
    }

    [UnixFact]
    public void A_link_to_nothing_yet_creates_the_file_it_names()
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "link.json");
        File.CreateSymbolicLink(link, "later.json");

        AtomicFile.TryWrite(link, "new", TextWriter.Null).ShouldBeTrue();

        File.ReadAllText(Path.Combine(folder.Path, "later.json")).ShouldBe("new");
        new FileInfo(link).LinkTarget.ShouldBe("later.json");
        Directory.GetFileSystemEntries(folder.Path).Order(StringComparer.Ordinal).ShouldBe([Path.Combine(folder.Path, "later.json"), link]);
    }

    [UnixFact]
    public void A_named_pipe_is_written_into_and_stays_a_pipe()
    {
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "results.pipe");
        Shell.Run($"mkfifo {Shell.Quote(pipe)}").ShouldBe(0);
        var text = "工號,總分\nA1001,90\n";
        // Opening a pipe waits for the other end, so the reader runs beside the writer.
        var reader = Task.Run(() => File.ReadAllBytes(pipe));

        AtomicFile.TryWrite(pipe, text, TextWriter.Null).ShouldBeTrue();

        reader.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        reader.Result.ShouldBe(new UTF8Encoding(false).GetBytes(text));
        Shell.Run($"test -p {Shell.Quote(pipe)}").ShouldBe(0);
        Directory.GetFileSystemEntries(folder.Path).ShouldBe([pipe]);
    }

    [UnixFact]
    public void A_link_to_a_named_pipe_is_written_into_the_pipe()
    {
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "results.pipe");
        Shell.Run($"mkfifo {Shell.Quote(pipe)}").ShouldBe(0);
        var link = Path.Combine(folder.Path, "out.csv");
        File.CreateSymbolicLink(link, "results.pipe");
        var reader = Task.Run(() => File.ReadAllText(pipe));

        AtomicFile.TryWrite(link, "a,b\n", TextWriter.Null).ShouldBeTrue();

        reader.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        reader.Result.ShouldBe("a,b\n");
        new FileInfo(link).LinkTarget.ShouldBe("results.pipe");
        Shell.Run($"test -p {Shell.Quote(pipe)}").ShouldBe(0);
        Directory.GetFileSystemEntries(folder.Path).Order(StringComparer.Ordinal).ShouldBe([link, pipe]);
    }

    [UnixFact]
    public void Dev_null_takes_the_text_and_stays_a_character_device()
    {
        // Guards first, so that nothing is written unless /dev/null is a character device and is seen as one: a run as
        // root that took it for a file would replace the system's /dev/null.
        Shell.Run("test -c /dev/null").ShouldBe(0);
        OutputTarget.KindOf("/dev/null").ShouldBe(FileKind.Other);
        var hidden = Directory.GetFiles("/dev", ".null.*").Length;

        AtomicFile.TryWrite("/dev/null", "discarded\n", TextWriter.Null).ShouldBeTrue();

        Shell.Run("test -c /dev/null").ShouldBe(0);
        Directory.GetFiles("/dev", ".null.*").Length.ShouldBe(hidden);
    }

    [UnixFact]
    public void Kinds_are_told_apart_after_following_links()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.json", "{}");
        var pipe = Path.Combine(folder.Path, "p");
        Shell.Run($"mkfifo {Shell.Quote(pipe)}").ShouldBe(0);
        var toFile = Path.Combine(folder.Path, "to-file");
        File.CreateSymbolicLink(toFile, "a.json");
        var toNothing = Path.Combine(folder.Path, "to-nothing");
        File.CreateSymbolicLink(toNothing, "missing.json");
        var toFolder = Path.Combine(folder.Path, "to-folder");
        File.CreateSymbolicLink(toFolder, ".");

        OutputTarget.KindOf(file).ShouldBe(FileKind.RegularFile);
        OutputTarget.KindOf(toFile).ShouldBe(FileKind.RegularFile);
        OutputTarget.KindOf(pipe).ShouldBe(FileKind.Other);
        OutputTarget.KindOf(folder.Path).ShouldBe(FileKind.Folder);
        OutputTarget.KindOf(toFolder).ShouldBe(FileKind.Folder);
        OutputTarget.KindOf(toNothing).ShouldBe(FileKind.Missing);
        OutputTarget.KindOf(Path.Combine(folder.Path, "missing.json")).ShouldBe(FileKind.Missing);
        OutputTarget.FinalPath(toFile).ShouldBe(file);
        OutputTarget.FinalPath(toNothing).ShouldBe(Path.Combine(folder.Path, "missing.json"));
        OutputTarget.FinalPath(file).ShouldBe(file);
        OutputTarget.FinalPath(Path.Combine(folder.Path, "missing.json")).ShouldBe(Path.Combine(folder.Path, "missing.json"));
        OutputTarget.FinalPath(Path.Combine(folder.Path, "no-folder", "x.json")).ShouldBe(Path.Combine(folder.Path, "no-folder", "x.json"));
    }
}
