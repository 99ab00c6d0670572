using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Tests.Output;

public sealed class StagedFilesTests
{
    [Fact]
    public void Staged_files_appear_under_their_names_only_when_committed_in_order()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);
        staged.Stage("1", "b.pdf", [2, 2]).ShouldBeTrue();
        staged.Stage("0", "a.pdf", [1]).ShouldBeTrue();

        // Before the commit only hidden temporary files are there.
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldAllBe(name => name!.StartsWith('.') && name.EndsWith(".tmp"));
        var wrote = new List<string>();
        staged.Commit(["0", "1"], wrote.Add, TextWriter.Null).ShouldBeTrue();

        wrote.ShouldBe([Path.Combine(folder.Path, "a.pdf"), Path.Combine(folder.Path, "b.pdf")]);
        File.ReadAllBytes(Path.Combine(folder.Path, "a.pdf")).ShouldBe(new byte[] { 1 });
        File.ReadAllBytes(Path.Combine(folder.Path, "b.pdf")).ShouldBe(new byte[] { 2, 2 });
        Directory.GetFiles(folder.Path).Length.ShouldBe(2);
    }

    [Fact]
    public void Two_keys_with_one_file_name_leave_the_one_committed_last()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);
        staged.Stage("later", "x.md", [2]);
        staged.Stage("earlier", "x.md", [1]);

        staged.Commit(["earlier", "later"], _ => { }, TextWriter.Null).ShouldBeTrue();

        File.ReadAllBytes(Path.Combine(folder.Path, "x.md")).ShouldBe(new byte[] { 2 });
        Directory.GetFiles(folder.Path).Length.ShouldBe(1);
    }

    [Fact]
    public void Staging_a_key_again_replaces_its_file()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);
        staged.Stage("k", "x.md", [1]);
        staged.Stage("k", "x.md", [3]);

        Directory.GetFiles(folder.Path).Length.ShouldBe(1);
        staged.Commit(["k"], _ => { }, TextWriter.Null).ShouldBeTrue();
        File.ReadAllBytes(Path.Combine(folder.Path, "x.md")).ShouldBe(new byte[] { 3 });
    }

    [Fact]
    public void Discarding_leaves_the_folder_as_it_was()
    {
        using var folder = new TempFolder();
        folder.Write("old.pdf", "old");
        using (var staged = new StagedFiles(folder.Path))
        {
            staged.Stage("0", "old.pdf", [9]);
            staged.Stage("1", "new.pdf", [9]);
            staged.Discard();
        }

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["old.pdf"]);
        File.ReadAllText(Path.Combine(folder.Path, "old.pdf")).ShouldBe("old");
    }

    [Fact]
    public void A_folder_in_the_way_of_the_third_of_four_files_leaves_every_old_file_as_it_was()
    {
        using var folder = new TempFolder();
        folder.Write("a.pdf", "old a");
        folder.Write("b.pdf", "old b");
        Directory.CreateDirectory(Path.Combine(folder.Path, "c.pdf"));
        folder.Write("d.pdf", "old d");
        var stderr = new StringWriter();
        var wrote = new List<string>();
        using (var staged = new StagedFiles(folder.Path))
        {
            staged.Stage("0", "a.pdf", [1]);
            staged.Stage("1", "b.pdf", [2]);
            staged.Stage("2", "c.pdf", [3]);
            staged.Stage("3", "d.pdf", [4]);

            staged.Commit(["0", "1", "2", "3"], wrote.Add, stderr).ShouldBeFalse();
        }

        stderr.ToString().ShouldBe($"error: {Path.Combine(folder.Path, "c.pdf")} is a folder; give a file name\n");
        wrote.ShouldBeEmpty();
        // Only the three old files remain, no temporary or backup file, and each has its old bytes.
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["a.pdf", "b.pdf", "d.pdf"]);
        File.ReadAllText(Path.Combine(folder.Path, "a.pdf")).ShouldBe("old a");
        File.ReadAllText(Path.Combine(folder.Path, "b.pdf")).ShouldBe("old b");
        File.ReadAllText(Path.Combine(folder.Path, "d.pdf")).ShouldBe("old d");
        Directory.Exists(Path.Combine(folder.Path, "c.pdf")).ShouldBeTrue();
    }

    [Fact]
    public void A_move_failing_in_the_middle_rolls_back_every_step_done()
    {
        using var folder = new TempFolder();
        folder.Write("a.pdf", "old a");
        folder.Write("c.pdf", "old c");
        var target = Path.Combine(folder.Path, "c.pdf");
        var moves = 0;
        // a.pdf: aside + in (2 moves); b.pdf (new): in (1 move); c.pdf: the move aside, the 4th, fails.
        void Move(string from, string to)
        {
            if (++moves == 4) throw new IOException("Permission denied");
            File.Move(from, to, overwrite: true);
        }
        var stderr = new StringWriter();
        var wrote = new List<string>();
        using (var staged = new StagedFiles(folder.Path, Move))
        {
            staged.Stage("0", "a.pdf", [1]);
            staged.Stage("1", "b.pdf", [2]);
            staged.Stage("2", "c.pdf", [3]);

            staged.Commit(["0", "1", "2"], wrote.Add, stderr).ShouldBeFalse();
        }

        stderr.ToString().ShouldBe($"error: {target}: cannot write this file: Permission denied\n");
        wrote.ShouldBeEmpty();
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["a.pdf", "c.pdf"]);
        File.ReadAllText(Path.Combine(folder.Path, "a.pdf")).ShouldBe("old a");
        File.ReadAllText(target).ShouldBe("old c");
    }

    [Fact]
    public void A_move_failing_on_the_last_file_rolls_back_and_leaves_no_backup()
    {
        using var folder = new TempFolder();
        folder.Write("a.pdf", "old a");
        folder.Write("b.pdf", "old b");
        var moves = 0;
        // a.pdf: aside + in; b.pdf: aside (3rd) works, in (4th) fails.
        void Move(string from, string to)
        {
            if (++moves == 4) throw new UnauthorizedAccessException("Access denied");
            File.Move(from, to, overwrite: true);
        }
        using (var staged = new StagedFiles(folder.Path, Move))
        {
            staged.Stage("0", "a.pdf", [1]);
            staged.Stage("1", "b.pdf", [2]);

            staged.Commit(["0", "1"], _ => { }, TextWriter.Null).ShouldBeFalse();
        }

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["a.pdf", "b.pdf"]);
        File.ReadAllText(Path.Combine(folder.Path, "a.pdf")).ShouldBe("old a");
        File.ReadAllText(Path.Combine(folder.Path, "b.pdf")).ShouldBe("old b");
    }

    [Fact]
    public void A_successful_commit_replaces_old_files_and_leaves_no_backup()
    {
        using var folder = new TempFolder();
        folder.Write("a.pdf", "old a");
        using var staged = new StagedFiles(folder.Path);
        staged.Stage("0", "a.pdf", [7]);

        staged.Commit(["0"], _ => { }, TextWriter.Null).ShouldBeTrue();

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["a.pdf"]);
        File.ReadAllBytes(Path.Combine(folder.Path, "a.pdf")).ShouldBe(new byte[] { 7 });
    }

    [Fact]
    public void Staging_after_a_discard_leaves_nothing()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);
        staged.Stage("0", "a.pdf", [1]).ShouldBeTrue();
        staged.Discard();

        staged.Stage("1", "b.pdf", [2]).ShouldBeFalse();

        Directory.GetFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task Staging_while_another_thread_discards_leaves_nothing()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);
        var bytes = new byte[1 << 16];
        var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++) staged.Stage($"{t}-{i}", $"{t}-{i}.pdf", bytes);
        })).ToArray();
        await Task.Delay(5);
        staged.Discard();
        await Task.WhenAll(writers);

        Directory.GetFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_alone_is_moved_straight_over_its_target()
    {
        using var folder = new TempFolder();
        var target = folder.Write("r.json", "old");
        var moves = new List<(string From, string To)>();
        void Move(string from, string to)
        {
            moves.Add((from, to));
            File.Move(from, to, overwrite: true);
        }
        using (var staged = new StagedFiles(folder.Path, Move))
        {
            staged.Stage("out", "r.json", "new"u8.ToArray());

            staged.Commit(["out"], _ => { }, TextWriter.Null).ShouldBeTrue();
        }

        // One move, from the temporary file to the target: no backup, so the target never goes missing.
        moves.Count.ShouldBe(1);
        Path.GetFileName(moves[0].From).ShouldStartWith(".r.json.");
        moves[0].To.ShouldBe(target);
        File.ReadAllText(target).ShouldBe("new");
        Directory.GetFiles(folder.Path).ShouldBe([target]);
    }

    [Fact]
    public void A_writer_that_fails_with_another_exception_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);

        Should.Throw<InvalidOperationException>(() => staged.Stage("out", "r.json", stream =>
        {
            stream.Write("{ \"people\": ["u8);
            throw new InvalidOperationException("failed while writing");
        }));

        Directory.GetFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [UnixFact]
    public void Discarding_deletes_a_file_still_being_written_at_once()
    {
        using var folder = new TempFolder();
        using var staged = new StagedFiles(folder.Path);
        var seen = new List<int>();

        var stagedIt = staged.Stage("out", "r.json", stream =>
        {
            stream.Write("{"u8);
            seen.Add(Directory.GetFiles(folder.Path).Length);
            // As a Ctrl-C handler would, on another thread, while this writer is still writing.
            Task.Run(staged.Discard).Wait();
            seen.Add(Directory.GetFiles(folder.Path).Length);
            stream.Write("}"u8);
        });

        stagedIt.ShouldBeFalse();
        seen.ShouldBe([1, 0]);
        Directory.GetFileSystemEntries(folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_the_error()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "gone");
        using var staged = new StagedFiles(missing);

        staged.Stage("0", "a.pdf", [1]).ShouldBeFalse();
        staged.Stage("1", "b.pdf", [1]).ShouldBeFalse();

        staged.Error!.ShouldStartWith($"error: {Path.Combine(missing, "a.pdf")}: cannot write this file: ");
    }
}
