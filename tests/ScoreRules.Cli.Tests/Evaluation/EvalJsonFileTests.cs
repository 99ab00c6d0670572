using System.Text;
using System.Text.Json;

namespace ScoreRules.Cli.Tests.Evaluation;

/// <summary>
/// <c>eval --format json --out FILE</c> writes the JSON as it is made, straight to the file; the bytes must be those
/// <c>--format json</c> prints, as UTF-8 without a byte-order mark. On the shipped bank example and its data.
/// </summary>
public class EvalJsonFileTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    [Theory]
    [InlineData("2026-03", 1)]
    [InlineData("2026-01..2026-03", 3)]
    public void The_file_holds_the_bytes_printed(string period, int periods)
    {
        var rules = Path.Combine(RepoRoot(), "rules", "bank-service-desk");
        var data = Path.Combine(RepoRoot(), "examples", "bank-service-desk", "data");
        using var dir = new TempFolder();
        var file = Path.Combine(dir.Path, "結果.json");

        var printed = CliRun.Of("eval", rules, "--data", data, "--period", period, "--format", "json");
        var written = CliRun.Of("eval", rules, "--data", data, "--period", period, "--format", "json", "--out", file);

        written.ExitCode.ShouldBe(printed.ExitCode);
        written.Stderr.ShouldBe(printed.Stderr);
        written.Stdout.ShouldBeEmpty();
        var bytes = File.ReadAllBytes(file);
        bytes.ShouldBe(new UTF8Encoding(false).GetBytes(printed.Stdout));
        // The output is real: every period with the example's ten people, and Chinese text unescaped.
        var root = JsonDocument.Parse(bytes).RootElement;
        var runs = periods == 1 ? [root] : root.GetProperty("periods").EnumerateArray().ToList();
        runs.Count.ShouldBe(periods);
        runs.ShouldAllBe(r => r.GetProperty("people").GetArrayLength() == 10);
        printed.Stdout.ShouldContain("王小美");
        printed.Stdout.ShouldEndWith("}\n");
        Directory.GetFiles(dir.Path).Select(Path.GetFileName).ShouldBe(["結果.json"]); // no temporary file left
    }

    [Fact]
    public void A_range_longer_than_the_writers_buffer_is_written_whole()
    {
        // Three months of the example come to more than the 64 KiB after which the writer passes its bytes on,
        // so the file is written in several pieces.
        var rules = Path.Combine(RepoRoot(), "rules", "bank-service-desk");
        var data = Path.Combine(RepoRoot(), "examples", "bank-service-desk", "data");
        using var dir = new TempFolder();
        var file = Path.Combine(dir.Path, "q1.json");

        var printed = CliRun.Of("eval", rules, "--data", data, "--period", "2026-01..2026-03", "--format", "json");
        CliRun.Of("eval", rules, "--data", data, "--period", "2026-01..2026-03", "--format", "json", "--out", file);

        var bytes = File.ReadAllBytes(file);
        bytes.Length.ShouldBeGreaterThan(1 << 16);
        Encoding.UTF8.GetString(bytes).ShouldBe(printed.Stdout);
    }
}
