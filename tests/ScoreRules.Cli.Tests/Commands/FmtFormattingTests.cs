using ScoreRules.Cli.Output;
using ScoreRules.Language.Formatting;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Cli.Tests.Commands;

// Expectations come from ScoreFormatter.Format of the file's parse, computed here, so these tests
// hold whatever layout the formatter settles on.
public class FmtFormattingTests
{
    // Trailing blanks, CRLF line ends and no final newline are never canonical (LF, one final newline).
    private const string Untidy = "metric csat \"CSAT\" {   \r\n  value mean(csat) over tickets\r\n  target >= 4.5\r\n}";

    private static string Canonical(string path, string text) => ScoreFormatter.Format(ScoreParser.Parse(path, text).Tree);

    [Fact]
    public void CheckExitsOneAndListsAFileThatWouldChange()
    {
        using var dir = new TempFolder();
        var file = dir.Write("a.score", Untidy);
        Canonical(file, Untidy).ShouldNotBe(Untidy);

        var run = CliRun.Of("fmt", file, "--check");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBe(file + "\n");
        File.ReadAllText(file).ShouldBe(Untidy);
    }

    [Fact]
    public void CheckExitsZeroOnAFormattedFile()
    {
        using var dir = new TempFolder();
        var canonical = Canonical("a.score", Untidy);
        var file = dir.Write("a.score", canonical);

        var run = CliRun.Of("fmt", file, "--check");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void WithoutFlagsRewritesTheFileInPlace()
    {
        using var dir = new TempFolder();
        var file = dir.Write("a.score", Untidy);
        var expected = Canonical(file, Untidy);

        var run = CliRun.Of("fmt", dir.Path);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe("formatted 1 file\n");
        File.ReadAllText(file).ShouldBe(expected);
        Directory.GetFiles(dir.Path).ShouldBe([file]);

        var again = CliRun.Of("fmt", dir.Path);
        again.Stdout.ShouldBe("formatted 0 files\n");
    }

    [Fact]
    public void DiffPrintsAUnifiedDiffAndChangesNothing()
    {
        using var dir = new TempFolder();
        var file = dir.Write("a.score", Untidy);
        var expected = UnifiedDiff.Create(file, Untidy, Canonical(file, Untidy));

        var run = CliRun.Of("fmt", file, "--diff");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldBe(expected);
        run.Stdout.ShouldStartWith($"--- a/{file.TrimStart('/')}\n+++ b/{file.TrimStart('/')}\n@@ -1,");
        File.ReadAllText(file).ShouldBe(Untidy);
    }
}
