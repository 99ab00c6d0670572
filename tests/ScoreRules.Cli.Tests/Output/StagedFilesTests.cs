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
    public void A_target_that_is_a_folder_stops_the_commit_and_removes_what_is_left()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "b.pdf"));
        using var staged = new StagedFiles(folder.Path);
        staged.Stage("0", "a.pdf", [1]);
        staged.Stage("1", "b.pdf", [2]);
        staged.Stage("2", "c.pdf", [3]);
        var stderr = new StringWriter();

        staged.Commit(["0", "1", "2"], _ => { }, stderr).ShouldBeFalse();

        stderr.ToString().ShouldBe($"error: {Path.Combine(folder.Path, "b.pdf")} is a folder; give a file name\n");
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).ShouldBe(["a.pdf"]); // written before the failure, as before
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
