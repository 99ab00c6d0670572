namespace ScoreRules.Cli.Tests.Diff;

/// <summary>
/// Diffs between git revisions of a policy in a repository made by the test: rules/tiny/policy.score
/// importing ../lib/sources.score, committed with weights 30 % / 70 %, then with 40 % / 60 %.
/// Reading a revision must leave the working tree, the index and the refs as they were.
/// </summary>
public class GitRevisionDiffTests
{
    private static GitRepository TwoCommits()
    {
        var repo = new GitRepository();
        repo.Write("rules/lib/sources.score", TinyDesk.Sources);
        repo.Write("rules/tiny/policy.score", TinyDesk.Policy(30, 70));
        repo.CommitAll("Tiny desk policy");
        repo.Write("rules/tiny/policy.score", TinyDesk.Policy(40, 60));
        repo.CommitAll("Quality weighs 40 %");
        return repo;
    }

    [Fact]
    public void DiffBetweenTwoCommitsListsTheWeightChange()
    {
        using var repo = TwoCommits();
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        var run = CliRun.Of("diff", rules, "--from", "HEAD~1", "--to", "HEAD");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        var lines = run.Stdout.Split('\n');
        lines.ShouldContain("    changed  metric quality  weight   30 %    40 %");
        lines.ShouldContain("    changed  metric speed    weight   70 %    60 %");
        lines.Count(l => l.StartsWith("    changed", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public void ReadingRevisionsLeavesTheWorkingTreeUntouched()
    {
        using var repo = TwoCommits();
        var rules = Path.Combine(repo.Path, "rules", "tiny");
        var policy = Path.Combine(rules, "policy.score");
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(policy, past);
        var bytes = File.ReadAllBytes(policy);
        var head = repo.Git("rev-parse", "HEAD");
        repo.Git("update-index", "--refresh"); // the index now knows the new mtime, so status stays clean

        var run = CliRun.Of("diff", rules, "--from", "HEAD~1", "--to", "HEAD");

        run.ExitCode.ShouldBe(0, run.Stderr);
        File.GetLastWriteTimeUtc(policy).ShouldBe(past);
        File.ReadAllBytes(policy).ShouldBe(bytes);
        repo.Git("status", "--porcelain").ShouldBeEmpty();
        repo.Git("rev-parse", "HEAD").ShouldBe(head);
    }

    [Fact]
    public void ImportsResolveToTheFilesOfTheSameRevision()
    {
        using var repo = TwoCommits();
        // Only the working tree's shared file changes: the revisions still read their own copy.
        repo.Write("rules/lib/sources.score", "// emptied in the working tree\n");
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        var run = CliRun.Of("diff", rules, "--from", "HEAD~1", "--to", "HEAD");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("metric quality  weight   30 %    40 %");
    }

    [Fact]
    public void WithoutToTheWorkingTreeIsTheNewerSide()
    {
        using var repo = TwoCommits();
        repo.Write("rules/tiny/policy.score", TinyDesk.Policy(40, 60).Replace("B >= 75", "B >= 70"));
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        var run = CliRun.Of("diff", rules, "--from", "HEAD");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain(" → working tree\n");
        run.Stdout.ShouldContain("changed  grade B  rule     >= 75 \"Strong\"  >= 70 \"Strong\"");
        repo.Git("status", "--porcelain").ShouldBe(" M rules/tiny/policy.score\n");
    }

    [Fact]
    public void ImpactBetweenRevisionsUsesTheVersionInForce()
    {
        using var repo = TwoCommits();
        using var data = new TempFolder();
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        // Same people and marks as ImpactTableTests: ann 85 → 80 (B), bob 72 (C) → 76 (B).
        var run = CliRun.Of("diff", rules, "--from", "HEAD~1", "--to", "HEAD", "--data", TinyDesk.WriteData(data), "--period", "2026-03",
            "--fail-on", "grade-change");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("under the version in force for 2026-03");
        run.Stdout.ShouldContain("  bob     Bob Marsh      72     76      +4  C → B  quality +10, speed \u22126");
    }

    [Fact]
    public void RelayingOutARuleIsNoChange()
    {
        using var repo = TwoCommits();
        var text = TinyDesk.Policy(40, 60)
            .Replace("dimension work \"Work\" { quality 40%, speed 60% }", "dimension work \"Work\" {\n    quality 40%,   // more weight on quality\n    speed 60%\n  }")
            .Replace("value mean(quality) over reviews", "value   mean( quality )   over reviews");
        repo.Write("rules/tiny/policy.score", text);
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        var run = CliRun.Of("diff", rules, "--from", "HEAD");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("No rule changes.");
    }

    [Fact]
    public void RuleErrorsAtARevisionArePrintedAndExitOne()
    {
        using var repo = TwoCommits();
        repo.Write("rules/tiny/policy.score", TinyDesk.Policy(40, 50));
        repo.CommitAll("Weights add up to 90 %");
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        var run = CliRun.Of("diff", rules, "--from", "HEAD~1", "--to", "HEAD");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldStartWith("error: HEAD (");
        run.Stderr.ShouldContain("): the rules have errors, so the two sides cannot be compared:\n\n");
        run.Stderr.ShouldContain("policy.score:");
        run.Stderr.ShouldContain("error SR");
    }

    [Fact]
    public void UnknownRevisionIsAUsageError()
    {
        using var repo = TwoCommits();
        var rules = Path.Combine(repo.Path, "rules", "tiny");

        var run = CliRun.Of("diff", rules, "--from", "no-such-branch");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe("error: unknown revision 'no-such-branch': git knows no commit by that name\n");
    }

    [Fact]
    public void AFolderOutsideAnyRepositoryCannotNameRevisions()
    {
        using var dir = new TempFolder();
        dir.Write("tiny/policy.score", TinyDesk.Policy(30, 70));

        var run = CliRun.Of("diff", Path.Combine(dir.Path, "tiny"), "--from", "HEAD");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("is not inside a git repository");
    }

    [Fact]
    public void APolicyAddedSinceTheRevisionShowsAsAdded()
    {
        using var repo = TwoCommits();
        repo.Write("rules/new/policy.score", TinyDesk.Policy(50, 50).Replace("Tiny desk", "New desk"));
        var rules = Path.Combine(repo.Path, "rules", "new");

        var run = CliRun.Of("diff", rules, "--from", "HEAD");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("New desk, version 2026: added");
    }
}
