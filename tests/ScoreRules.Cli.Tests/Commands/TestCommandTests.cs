using System.Xml.Linq;

namespace ScoreRules.Cli.Tests.Commands;

public class TestCommandTests
{
    // Minimal policy: one metric, one scorecard, two tests; "good" passes, "bad" expects the wrong total.
    // alice: mean(minutes) of 20 and 40 = 30 → band <= 30 → 100 → total 100.
    private const string Rules = """
        policy "P" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
          grades { A >= 90; B else }
        }
        source tickets "tickets.csv" {
          key id = ticket_id
          person = agent
          at = created
          created: datetime = created
          minutes: number = minutes
        }
        metric speed "Speed" {
          description "Mean minutes."
          value mean(minutes) over tickets
          unit minutes
          target <= 30
          score bands { <= 30 -> 100, else -> 0 }
        }
        scorecard all "All" {
          dimension work { speed 100% }
        }
        test "good" {
          period 2026-03
          tickets {
            | id | person | created          | minutes |
            | T1 | alice  | 2026-03-02 09:00 | 20      |
            | T2 | alice  | 2026-03-03 09:00 | 40      |
          }
          expect alice.total == 100
        }
        test "bad" {
          period 2026-03
          tickets {
            | id | person | created          | minutes |
            | T1 | alice  | 2026-03-02 09:00 | 20      |
          }
          expect alice.total == 90
        }

        """;

    private static string Write(TempFolder folder)
    {
        folder.Write("p/p.score", Rules);
        return Path.Combine(folder.Path, "p");
    }

    [Fact]
    public void ReportsEveryFailureAndExitsOne()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("test", Write(folder));
        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("FAIL  ");
        run.Stdout.ShouldContain("expect alice.total == 90\n    expected:   90\n    actual:     100\n    difference: 10\n");
        run.Stdout.ShouldEndWith("1 passed, 1 failed\n");
    }

    [Fact]
    public void RunFiltersByTitle()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("test", Write(folder), "--run", "^go");
        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldNotContain("bad");
        run.Stdout.ShouldEndWith("1 passed, 0 failed\n");
    }

    [Fact]
    public void ARunPatternThatMatchesNothingFails()
    {
        using var folder = new TempFolder();
        var folderPath = Write(folder);
        var run = CliRun.Of("test", folderPath, "--run", "zzz");
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldBe($"warning: no tests match --run \"zzz\" in {folderPath}\n");
    }

    [Fact]
    public void AnInvalidRunPatternIsAUsageError()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("test", Write(folder), "--run", "(");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("error: --run \"(\" is not a regular expression");
    }

    [Fact]
    public void CoverageBelowTheThresholdFails()
    {
        using var folder = new TempFolder();
        // items: scorecard all, metric speed, bands 1 and 2 = 4; "good" reaches all but `else` → 3 of 4 = 75 %
        var run = CliRun.Of("test", Write(folder), "--run", "good", "--coverage", "--threshold", "80");
        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("3 of 4 rules exercised, 75 %");
        run.Stdout.ShouldContain("band  speed band 2: else -> 0");
        run.Stderr.ShouldContain("is 75 %, below the threshold of 80 %");
        CliRun.Of("test", Write(folder), "--run", "good", "--threshold", "75").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void JUnitGoesToTheOutFileAndTheSummaryToTheScreen()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "out", "results.xml");
        var run = CliRun.Of("test", Write(folder), "--format", "junit", "--out", output);
        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBe("1 passed, 1 failed\n");
        var suites = XDocument.Load(output).Root.ShouldNotBeNull();
        (suites.Attribute("tests")?.Value, suites.Attribute("failures")?.Value).ShouldBe(("2", "1"));
        suites.Descendants("failure").ShouldHaveSingleItem().Attribute("message")?.Value.ShouldBe("1 of 1 expectation failed");
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OutOntoALinkWritesTheFileItPointsToAndKeepsTheLink()
    {
        using var folder = new TempFolder();
        var rules = Write(folder);
        var plain = Path.Combine(folder.Path, "plain.xml");
        CliRun.Of("test", rules, "--format", "junit", "--out", plain).ExitCode.ShouldBe(1);
        var target = folder.Write("ci/results.xml", "old");
        var link = Path.Combine(folder.Path, "results.xml");
        File.CreateSymbolicLink(link, Path.Combine("ci", "results.xml"));

        var run = CliRun.Of("test", rules, "--format", "junit", "--out", link);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBe("1 passed, 1 failed\n");
        // The same tests give the same report, wherever it is written.
        File.ReadAllBytes(target).ShouldBe(File.ReadAllBytes(plain));
        new FileInfo(link).LinkTarget.ShouldBe(Path.Combine("ci", "results.xml"));
        Directory.GetFileSystemEntries(Path.Combine(folder.Path, "ci")).ShouldBe([target]);
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void OutOntoAReadOnlyFileIsRefusedAndLeftAsItWas()
    {
        using var folder = new TempFolder();
        var rules = Write(folder);
        var output = folder.Write("results.json", "old");
        const UnixFileMode readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(output, readOnly);

        var run = CliRun.Of("test", rules, "--format", "json", "--out", output);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldBe($"error: {output}: cannot write this file: it is read-only\n");
        File.ReadAllText(output).ShouldBe("old");
        File.GetUnixFileMode(output).ShouldBe(readOnly);
        Directory.GetFiles(folder.Path).ShouldBe([output]);
    }

    [Fact]
    public void AMissingPathIsAUsageError()
    {
        var run = CliRun.Of("test", "no-such-folder-here");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith("error: ");
    }

    [Fact]
    public void TheShippedRulesPassWithNinetyPercentCoverage()
    {
        var rules = Path.Combine(RepositoryRoot(), "rules");
        var run = CliRun.Of("test", rules, "--coverage", "--threshold", "90");
        run.Stderr.ShouldBe("");
        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldEndWith(" passed, 0 failed\n");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new InvalidOperationException("ScoreRules.sln not found above the test folder");
    }
}
