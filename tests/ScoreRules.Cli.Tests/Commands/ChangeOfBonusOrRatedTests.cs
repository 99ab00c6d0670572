namespace ScoreRules.Cli.Tests.Commands;

/// <summary>
/// <c>change</c> of the bank policy's bonus (<c>創新貢獻</c>) or rated item (<c>communication</c>) is found by
/// <c>check</c>, before evaluation, where it used to fail for every person.
/// </summary>
public sealed class ChangeOfBonusOrRatedTests
{
    private static string RulesRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    // A copy of rules/bank-service-desk (and the std folder it imports) with one line added at the end.
    private static (string Policy, int Line) CopyWith(TempFolder folder, string line)
    {
        foreach (var name in new[] { "bank-service-desk", "std" })
            foreach (var file in Directory.GetFiles(Path.Combine(RulesRoot(), "rules", name)))
                File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, name)).FullName, Path.GetFileName(file)));
        var policy = Path.Combine(folder.Path, "bank-service-desk", "policy.score");
        var lines = File.ReadAllText(policy).TrimEnd('\n').Split('\n').Length;
        File.AppendAllText(policy, "\n" + line + "\n");
        return (policy, lines + 2); // the copied file's last line ends with a newline; one empty line, then the added one
    }

    [Theory]
    // `alert inno_alert "bonus up" when change(` is 40 characters; `alert comm_alert "comm up" when change(` is 39.
    [InlineData("alert inno_alert \"bonus up\" when change(創新貢獻) > 0", 41, "`創新貢獻` is a bonus item (points added to the total)")]
    [InlineData("alert comm_alert \"comm up\" when change(communication) > 0", 40, "`communication` is a rated item (a BARS level given by raters)")]
    public void Check_reports_change_of_a_bonus_or_rated_item_at_the_argument(string alert, int column, string kind)
    {
        using var rules = new TempFolder();
        var (policy, line) = CopyWith(rules, alert);

        var run = CliRun.Of("check", Path.GetDirectoryName(policy)!);

        run.ExitCode.ShouldBe(1, run.Stdout + run.Stderr);
        run.Stdout.Split('\n')[0].ShouldBe(
            $"{policy}:{line}:{column}: error SR2013: `change` compares a metric with the previous period, but {kind}, not a metric");
    }

    [Fact]
    public void Eval_stops_at_the_rule_and_evaluates_nobody()
    {
        using var rules = new TempFolder();
        var (policy, line) = CopyWith(rules, "alert inno_alert \"bonus up\" when change(創新貢獻) > 0");
        var data = Path.Combine(RulesRoot(), "examples", "bank-service-desk", "data");

        var run = CliRun.Of("eval", Path.GetDirectoryName(policy)!, "--data", data, "--period", "2026-03");

        run.ExitCode.ShouldBe(1);
        (run.Stdout + run.Stderr).ShouldContain($"{policy}:{line}:41: error SR2013: ");
        (run.Stdout + run.Stderr).ShouldNotContain("`change` needs one metric");
    }
}
