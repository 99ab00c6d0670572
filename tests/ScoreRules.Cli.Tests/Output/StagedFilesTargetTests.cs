using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Tests.Output;

/// <summary>
/// Staged files (the files of <c>report</c> and <c>sample</c>) whose names are symbolic links, pipes or read-only files:
/// a link is followed and stays, a pipe is written into and stays a pipe, a read-only file stops the whole commit.
/// </summary>
[UnsupportedOSPlatform("windows")]
[Collection(SignalCollection.Name)]
public sealed class StagedFilesTargetTests
{
    private const UnixFileMode ReadWriteOwnerGroupRead = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    // reports/A1001.md is a link to ../real/A1001.md (old content, mode rw-r-----); reports/packet.md an ordinary file.
    private static (string Real, string Reports, string Target, string Link, string Packet) LinkedFolder(TempFolder folder)
    {
        var real = Directory.CreateDirectory(Path.Combine(folder.Path, "real")).FullName;
        var reports = Directory.CreateDirectory(Path.Combine(folder.Path, "reports")).FullName;
        var target = Path.Combine(real, "A1001.md");
        File.WriteAllText(target, "old A1001");
        File.SetUnixFileMode(target, ReadWriteOwnerGroupRead);
        var link = Path.Combine(reports, "A1001.md");
        File.CreateSymbolicLink(link, Path.Combine("..", "real", "A1001.md"));
        var packet = Path.Combine(reports, "packet.md");
        File.WriteAllText(packet, "old packet");
        return (real, reports, target, link, packet);
    }

    [UnixFact]
    public void A_link_among_several_files_is_followed_and_stays_a_link()
    {
        using var folder = new TempFolder();
        var (real, reports, target, link, packet) = LinkedFolder(folder);
        var wrote = new List<string>();
        using (var staged = new StagedFiles(reports))
        {
            staged.Stage("0", "A1001.md", Encoding.UTF8.GetBytes("new A1001")).ShouldBeTrue();
            // Staged beside the file the link leads to, so the rename stays in that folder.
            Directory.GetFiles(real, ".A1001.md.*.tmp").ShouldHaveSingleItem();
            staged.Stage("1", "packet.md", Encoding.UTF8.GetBytes("new packet")).ShouldBeTrue();

            staged.Commit(["0", "1"], wrote.Add, TextWriter.Null).ShouldBeTrue();
        }

        File.ReadAllText(target).ShouldBe("new A1001");
        File.ReadAllText(packet).ShouldBe("new packet");
        new FileInfo(link).LinkTarget.ShouldBe(Path.Combine("..", "real", "A1001.md"));
        File.GetUnixFileMode(target).ShouldBe(ReadWriteOwnerGroupRead);
        wrote.ShouldBe([link, packet]);
        Directory.GetFileSystemEntries(real).ShouldBe([target]);
        Directory.GetFileSystemEntries(reports).Order(StringComparer.Ordinal).ShouldBe([link, packet]);
    }

    [UnixFact]
    public void A_failed_commit_puts_back_the_file_a_link_leads_to()
    {
        using var folder = new TempFolder();
        var (real, reports, target, link, packet) = LinkedFolder(folder);
        var moves = 0;
        // A1001.md's file: aside + in (moves 1 and 2); packet.md: aside (3), then in (4) fails.
        void Move(string from, string to)
        {
            if (++moves == 4) throw new IOException("No space left on device");
            File.Move(from, to, overwrite: true);
        }
        var stderr = new StringWriter();
        var wrote = new List<string>();
        using (var staged = new StagedFiles(reports, Move))
        {
            staged.Stage("0", "A1001.md", Encoding.UTF8.GetBytes("new A1001"));
            staged.Stage("1", "packet.md", Encoding.UTF8.GetBytes("new packet"));

            staged.Commit(["0", "1"], wrote.Add, stderr).ShouldBeFalse();
        }

        stderr.ToString().ShouldBe($"error: {packet}: cannot write this file: No space left on device\n");
        moves.ShouldBe(6); // the 4 tried, then the two backups moved back
        wrote.ShouldBeEmpty();
        File.ReadAllText(target).ShouldBe("old A1001");
        File.ReadAllText(packet).ShouldBe("old packet");
        new FileInfo(link).LinkTarget.ShouldBe(Path.Combine("..", "real", "A1001.md"));
        Directory.GetFileSystemEntries(real).ShouldBe([target]);
        Directory.GetFileSystemEntries(reports).Order(StringComparer.Ordinal).ShouldBe([link, packet]);
    }

    [UnixFact]
    public void A_link_to_a_read_only_file_stops_the_whole_commit_and_names_the_file()
    {
        using var folder = new TempFolder();
        var (real, reports, target, link, packet) = LinkedFolder(folder);
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var stderr = new StringWriter();
        using (var staged = new StagedFiles(reports))
        {
            staged.Stage("0", "packet.md", Encoding.UTF8.GetBytes("new packet"));
            staged.Stage("1", "A1001.md", Encoding.UTF8.GetBytes("new A1001"));

            staged.Commit(["0", "1"], _ => { }, stderr).ShouldBeFalse();
        }

        stderr.ToString().ShouldBe($"error: {link}: cannot write this file: {target}, which it points to, is read-only\n");
        File.ReadAllText(packet).ShouldBe("old packet");
        File.ReadAllText(target).ShouldBe("old A1001");
        Directory.GetFileSystemEntries(real).ShouldBe([target]);
        Directory.GetFileSystemEntries(reports).Order(StringComparer.Ordinal).ShouldBe([link, packet]);
    }

    [UnixFact]
    public void A_named_pipe_among_several_files_is_written_into_after_the_files_and_stays_a_pipe()
    {
        using var folder = new TempFolder();
        var pipe = Path.Combine(folder.Path, "packet.md");
        Shell.Run($"mkfifo {Shell.Quote(pipe)}").ShouldBe(0);
        var file = folder.Write("A1001.md", "old A1001");
        var text = "# 考核包\n";
        string? fileWhenPipeRead = null;
        // Opening a pipe waits for the other end, so the reader runs beside the commit; what the file holds by then shows
        // that the files were put in place first.
        var reader = Task.Run(() =>
        {
            var bytes = File.ReadAllBytes(pipe);
            fileWhenPipeRead = File.ReadAllText(file);
            return bytes;
        });
        var wrote = new List<string>();
        using (var staged = new StagedFiles(folder.Path))
        {
            staged.Stage("0", "packet.md", Encoding.UTF8.GetBytes(text));
            staged.Stage("1", "A1001.md", Encoding.UTF8.GetBytes("new A1001"));

            staged.Commit(["0", "1"], wrote.Add, TextWriter.Null).ShouldBeTrue();
        }

        reader.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        reader.Result.ShouldBe(new UTF8Encoding(false).GetBytes(text));
        fileWhenPipeRead.ShouldBe("new A1001");
        wrote.ShouldBe([file, pipe]);
        Shell.Run($"test -p {Shell.Quote(pipe)}").ShouldBe(0);
        Directory.GetFileSystemEntries(folder.Path).Order(StringComparer.Ordinal).ShouldBe([file, pipe]);
    }

    [UnixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_while_a_link_s_file_is_staged_deletes_its_temporary_file_beside_it(string signal)
    {
        using var folder = new TempFolder();
        var (real, reports, target, link, packet) = LinkedFolder(folder);
        using var handled = new ManualResetEventSlim();
        // Registered before the staged files' own handler, so it runs after it, and keeps the test process alive.
        using var keepAlive = PosixSignalRegistration.Create(signal == "INT" ? PosixSignal.SIGINT : PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            handled.Set();
        });
        bool second;
        using (var staged = new StagedFiles(reports))
        using (staged.DiscardOnInterrupt())
        {
            staged.Stage("0", "packet.md", Encoding.UTF8.GetBytes("new packet")).ShouldBeTrue();
            second = staged.Stage("1", "A1001.md", stream =>
            {
                stream.Write("# A1001"u8);
                stream.Flush();
                var temporary = Directory.GetFiles(real, ".A1001.md.*.tmp").ShouldHaveSingleItem();
                Shell.Run($"kill -s {signal} {Environment.ProcessId}").ShouldBe(0);
                SpinWait.SpinUntil(() => !File.Exists(temporary), TimeSpan.FromSeconds(10)).ShouldBeTrue();
            });
        }

        second.ShouldBeFalse();
        handled.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue();
        File.ReadAllText(target).ShouldBe("old A1001");
        File.ReadAllText(packet).ShouldBe("old packet");
        Directory.GetFileSystemEntries(real).ShouldBe([target]);
        Directory.GetFileSystemEntries(reports).Order(StringComparer.Ordinal).ShouldBe([link, packet]);
    }
}
