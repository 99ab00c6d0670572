namespace ScoreRules.Cli.Tests.Commands;

public class SampleCommandTests
{
    private static string Rules(string policy)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "rules", policy);
    }

    private static int DataLines(string file) => File.ReadAllLines(file).Length - 1;

    [Fact]
    public void Writes_a_file_per_source_and_lists_each_with_its_rows()
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "data");

        var run = CliRun.Of("sample", "--rules", Rules("bank-service-desk"), "--people", "8", "--tickets", "20", "--months", "1",
            "--seed", "5", "--start", "2026-03", "--out", output);

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        var lines = run.Stdout.Split('\n');
        lines[0].ShouldBe("Sample data for \"某金融企業 IT 服務台考核\" (2026-Q1), 2026-03 .. 2026-03, seed 5:");
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        files.ShouldBe(["bonus_claims.csv", "cert_summary.csv", "csat_survey.csv", "people.csv", "ratings.csv", "tickets.csv", "training.csv"]);
        // Printed counts are the files' data lines (the header not counted); March has no holiday, so exactly 20 tickets.
        lines.ShouldContain(l => l.StartsWith($"  wrote    {Path.Join(output, "people.csv")}") && l.EndsWith(" 8 rows"));
        lines.ShouldContain(l => l.StartsWith($"  wrote    {Path.Join(output, "tickets.csv")}") && l.EndsWith(" 20 rows"));
        DataLines(Path.Combine(output, "tickets.csv")).ShouldBe(20);
        DataLines(Path.Combine(output, "cert_summary.csv")).ShouldBe(8); // one month-end row per person
        run.Stdout.ShouldContain("Edge cases in this data:\n  - ");
    }

    [Fact]
    public void Running_again_replaces_its_own_files_with_the_same_bytes_and_keeps_the_others()
    {
        using var dir = new TempFolder();
        var mine = dir.Write("data/readme.txt", "keep me");
        var output = Path.Combine(dir.Path, "data");
        string[] args = ["sample", "--people", "8", "--tickets", "10", "--months", "1", "--out", output];

        CliRun.Of(args).ExitCode.ShouldBe(0);
        var first = File.ReadAllBytes(Path.Combine(output, "tickets.csv"));
        var again = CliRun.Of(args);

        again.ExitCode.ShouldBe(0);
        again.Stdout.ShouldContain($"  replaced {Path.Join(output, "tickets.csv")}");
        again.Stdout.ShouldNotContain("  wrote ");
        File.ReadAllBytes(Path.Combine(output, "tickets.csv")).ShouldBe(first);
        File.ReadAllText(mine).ShouldBe("keep me");
    }

    [Fact]
    public void Without_rules_the_built_in_standard_desk_is_used()
    {
        using var dir = new TempFolder();

        var run = CliRun.Of("sample", "--people", "8", "--tickets", "10", "--months", "2", "--out", dir.Path);

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldStartWith("Sample data for the built-in standard desk, 2026-01 .. 2026-02, seed 1:\n");
        File.Exists(Path.Combine(dir.Path, "certifications.csv")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("--start", "2026-13", "error: --start must be a month written as 2026-01, not '2026-13'")]
    [InlineData("--start", "March", "error: --start must be a month written as 2026-01, not 'March'")]
    [InlineData("--people", "0", "error: --people must be a whole number from 1 to 5000, not 0\nRun 'scorerules sample --help' to see what it accepts.")]
    [InlineData("--months", "121", "error: --months must be a whole number from 1 to 120, not 121\nRun 'scorerules sample --help' to see what it accepts.")]
    [InlineData("--tickets", "-1", "error: --tickets must be a whole number from 0 to 1000000, not -1\nRun 'scorerules sample --help' to see what it accepts.")]
    public void A_bad_option_exits_two_and_writes_nothing(string option, string value, string message)
    {
        using var dir = new TempFolder();
        var output = Path.Combine(dir.Path, "data");

        var run = CliRun.Of("sample", option, value, "--out", output);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe(message + "\n");
        Directory.Exists(output).ShouldBeFalse();
    }

    [Fact]
    public void Rules_with_errors_are_shown_as_check_shows_them_and_exit_one()
    {
        using var dir = new TempFolder();
        var rules = dir.Write("rules/policy.score", RuleTexts.MisspeltTarget);

        var run = CliRun.Of("sample", "--rules", rules, "--out", Path.Combine(dir.Path, "data"));

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldStartWith($"{rules}:3:3: error SR1003: ");
        Directory.Exists(Path.Combine(dir.Path, "data")).ShouldBeFalse();
    }

    [Fact]
    public void Missing_rules_exit_two()
    {
        using var dir = new TempFolder();
        var missing = Path.Combine(dir.Path, "nowhere");

        var run = CliRun.Of("sample", "--rules", missing, "--out", dir.Path);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {missing}: no such file or folder\n");
    }

    [Fact]
    public void The_output_folder_is_required()
    {
        var run = CliRun.Of("sample", "--people", "8");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--out");
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var run = CliRun.Of("sample", "--help");

        run.ExitCode.ShouldBe(0);
        foreach (var option in new[] { "--out", "--rules", "--people", "--tickets", "--months", "--seed", "--start" })
            run.Stdout.ShouldContain(option);
    }
}
