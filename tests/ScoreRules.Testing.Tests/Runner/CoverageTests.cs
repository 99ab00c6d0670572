using ScoreRules.Testing.Coverage;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Tests.Runner;

public class CoverageTests
{
    [Fact]
    public void CoverageCountsWhatTheTestExercised()
    {
        using var folder = new TempFolder();
        var file = MiniPolicy.Write(folder, "expect alice.total == 50");
        var report = PolicyTestRunner.Run([Path.GetDirectoryName(file)!]).Suites.Single().Coverage;
        // Items: scorecards agents, leads (2); metrics speed, solved (2); speed's three bands (3);
        // bonus cap of extra (1); improve solved (1); alert slow (1) = 10.
        // alice exercised: agents, speed, solved, speed band 1, improve solved = 5 → 50 %
        report.Total.ShouldBe(10);
        report.Exercised.ShouldBe(5);
        report.Percent.ShouldBe(50m);
        report.Items.Where(i => !i.Exercised).Select(i => (i.Kind, i.Name)).OrderBy(x => x.Name).ShouldBe([
            (CoverageKind.BonusCap, "extra: max 1"),
            (CoverageKind.Scorecard, "leads"),
            (CoverageKind.Alert, "slow"),
            (CoverageKind.Band, "speed band 2: <= 60 -> 50"),
            (CoverageKind.Band, "speed band 3: else -> 0"),
        ]);
    }

    [Fact]
    public void ASecondTestRaisesCoverage()
    {
        using var folder = new TempFolder();
        var file = MiniPolicy.Write(folder, "expect alice.total == 50");
        // bob, a lead, with tickets of 90 and 2 minutes: speed 46 → band 2; one ticket under 5 minutes → 1 point,
        // but leads get no bonus. carol, an agent, with tickets of 1, 2, 3 and 200 minutes: speed 51.5 → band 2,
        // three tickets under 5 minutes → 3 points, capped at 1.
        File.AppendAllText(file, """

            test "more" {
              period 2026-03
              people {
                | person | role  |
                | bob    | lead  |
                | carol  | agent |
              }
              tickets {
                | id | person | created          | minutes | solved |
                | B1 | bob    | 2026-03-02 09:00 | 90      | Y      |
                | B2 | bob    | 2026-03-02 10:00 | 2       | Y      |
                | C1 | carol  | 2026-03-02 09:00 | 1       | Y      |
                | C2 | carol  | 2026-03-02 10:00 | 2       | Y      |
                | C3 | carol  | 2026-03-02 11:00 | 3       | Y      |
                | C4 | carol  | 2026-03-02 12:00 | 200     | Y      |
              }
              expect bob.speed == 46
              expect carol.extra.earned == 3
              expect carol.extra == 1
            }

            """);
        var suite = PolicyTestRunner.Run([Path.GetDirectoryName(file)!]).Suites.Single();
        suite.Tests.ShouldAllBe(t => t.Passed);
        // now also leads, speed band 2 and the bonus cap: 8 of 10 (band 3 and the alert remain)
        suite.Coverage.Exercised.ShouldBe(8);
        suite.Coverage.Percent.ShouldBe(80m);
        var only = PolicyTestRunner.Run([Path.GetDirectoryName(file)!], new TestRunOptions { Filter = new("^more$") }).Suites.Single();
        only.Tests.Select(t => t.Title).ShouldBe(["more"]);
        // leads, agents, speed, solved, band 2, cap, and solved fired for neither (both 100 %) = 6 of 10
        only.Coverage.Exercised.ShouldBe(6);
    }
}
