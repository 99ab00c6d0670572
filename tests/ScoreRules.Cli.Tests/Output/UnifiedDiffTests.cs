using ScoreRules.Cli.Output;

namespace ScoreRules.Cli.Tests.Output;

// Expected texts are what GNU `diff -u` prints for the same inputs (with its labels set to a/… and b/…).
public class UnifiedDiffTests
{
    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    private static string Numbered(int count) => Lines(Enumerable.Range(1, count).Select(i => $"l{i}").ToArray());

    [Fact]
    public void EqualTextsGiveNoDiff() =>
        UnifiedDiff.Create("x.score", "a\nb\n", "a\nb\n").ShouldBe("");

    [Fact]
    public void DistantChangesGetTheirOwnHunksWithThreeLinesOfContext()
    {
        var old = Numbered(12);
        var @new = old.Replace("l2\n", "X2\n").Replace("l12\n", "Y12\nZ\n");

        UnifiedDiff.Create("x.score", old, @new).ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -1,5 +1,5 @@\n l1\n-l2\n+X2\n l3\n l4\n l5\n" +
            "@@ -9,4 +9,5 @@\n l9\n l10\n l11\n-l12\n+Y12\n+Z\n");
    }

    [Fact]
    public void ChangesSevenLinesApartAreTwoHunks()
    {
        // Lines 4..10 (seven) lie between the changes at 3 and 11: more than 3 + 3 of context.
        var old = Numbered(20);
        var @new = old.Replace("l3\n", "c3\n").Replace("l11\n", "c11\n");

        UnifiedDiff.Create("x.score", old, @new).ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -1,6 +1,6 @@\n l1\n l2\n-l3\n+c3\n l4\n l5\n l6\n" +
            "@@ -8,7 +8,7 @@\n l8\n l9\n l10\n-l11\n+c11\n l12\n l13\n l14\n");
    }

    [Fact]
    public void ChangesSixLinesApartShareOneHunk()
    {
        // Lines 4..9 (six) between the changes at 3 and 10: the two contexts meet.
        var old = Numbered(20);
        var @new = old.Replace("l3\n", "c3\n").Replace("l10\n", "c10\n");

        UnifiedDiff.Create("x.score", old, @new).ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -1,13 +1,13 @@\n l1\n l2\n-l3\n+c3\n l4\n l5\n l6\n l7\n l8\n l9\n-l10\n+c10\n l11\n l12\n l13\n");
    }

    [Fact]
    public void MissingFinalNewlineIsMarked() =>
        UnifiedDiff.Create("x.score", "one\ntwo", "one\ntwo\n").ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -1,2 +1,2 @@\n one\n-two\n\\ No newline at end of file\n+two\n");

    [Fact]
    public void EmptyOldFileStartsAtLineZero() =>
        UnifiedDiff.Create("x.score", "", "one\ntwo\n").ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -0,0 +1,2 @@\n+one\n+two\n");

    [Fact]
    public void SingleLineRangesOmitTheCount() =>
        UnifiedDiff.Create("x.score", "a\n", "b\n").ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -1 +1 @@\n-a\n+b\n");

    [Fact]
    public void CrlfLinesDifferFromLfLines() =>
        UnifiedDiff.Create("x.score", "a\r\nb\r\n", "a\nb\n").ShouldBe(
            "--- a/x.score\n+++ b/x.score\n" +
            "@@ -1,2 +1,2 @@\n-a\r\n-b\r\n+a\n+b\n");

    [Theory]
    [InlineData("rules/考核.score", "rules/考核.score")]
    [InlineData(@"rules\std\metrics.score", "rules/std/metrics.score")]
    [InlineData("/srv/rules/a.score", "srv/rules/a.score")]
    public void HeaderNamesThePathAfterAAndB(string path, string shown) =>
        UnifiedDiff.Create(path, "a\n", "b\n").ShouldStartWith($"--- a/{shown}\n+++ b/{shown}\n@@");
}
