using ScoreRules.Testing.Reporting;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Tests.Runner;

public class ExpectationTests
{
    private static (TestCaseResult Test, string File) Run(TempFolder folder, params string[] expectations)
    {
        var file = MiniPolicy.Write(folder, expectations);
        var result = PolicyTestRunner.Run([Path.GetDirectoryName(file)!]);
        result.InputErrors.ShouldBeEmpty();
        var suite = result.Suites.ShouldHaveSingleItem();
        suite.RuleProblems.ShouldBeEmpty();
        return (suite.Tests.ShouldHaveSingleItem(), file);
    }

    [Fact]
    public void AWrongExpectationShowsExpectedActualDifferenceAndPlace()
    {
        using var folder = new TempFolder();
        var (test, file) = Run(folder, "expect alice.speed == 30", "expect alice.total ≈ 55 ± 0.5");
        var report = new StringWriter();
        TextTestReport.Write(new TestRunResult([new PolicyTestSuite("mini", "Mini", [], [test], Coverage.CoverageReport.Empty)], []), report);

        var path = Path.Combine(Path.GetDirectoryName(file)!, "mini.score").Replace('\\', '/');
        var testLine = MiniPolicy.LineOf(file, "test \"alice\"");
        var expectLine = MiniPolicy.LineOf(file, "alice.total ≈");
        // total = 50 (see MiniPolicy); 50 − 55 = −5, outside ± 0.5
        report.ToString().ShouldBe(
            $"FAIL  {path}:{testLine}:1  alice\n" +
            $"  {path}:{expectLine}:3: expect alice.total ≈ 55 ± 0.5\n" +
            "    expected:   55 ± 0.5\n" +
            "    actual:     50\n" +
            "    difference: -5\n" +
            "0 passed, 1 failed\n");
    }

    [Fact]
    public void EveryKindOfMemberResolves()
    {
        using var folder = new TempFolder();
        var (test, _) = Run(folder,
            "expect alice.speed == 30",
            "expect alice.speed.score == 100",
            "expect alice.speed.met == true",
            "expect alice.solved == 50%",
            "expect alice.solved.score == 0",
            "expect alice.work == 50",           // (100 × 50 + 0 × 50) / 100
            "expect alice.extra == 0",
            "expect alice.bonus == 0",
            "expect alice.total == 50",
            "expect alice.grade == \"C\"",
            "expect alice.scorecard == \"agents\"",
            "expect alice.alerts == 0",
            "expect alice.alert.slow == false",
            "expect alice.improvements == 1",
            "expect alice.improve.solved",
            "expect alice.speed < 30.5 and alice.total >= 50");
        test.Expectations.Where(e => !e.Passed).Select(e => $"{e.Text}: {e.Message} {e.Actual}").ShouldBeEmpty();
        test.Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData("alice.total ≈ 50.5 ± 1%", true)]    // 1 % of 50.5 = 0.505 ≥ 0.5
    [InlineData("alice.total ≈ 50.6 ± 1%", false)]   // 1 % of 50.6 = 0.506 < 0.6
    [InlineData("alice.total ≈ 50.01 ± 0.01", true)] // exactly on the tolerance
    [InlineData("alice.total ≈ 50.02 ± 0.01", false)]
    [InlineData("alice.solved ≈ 51% ± 0.01", true)]  // shares are ratios: |0.50 − 0.51| = 0.01
    public void ToleranceIsAbsoluteOrRelativeToTheExpectedValue(string expectation, bool passes)
    {
        using var folder = new TempFolder();
        var (test, _) = Run(folder, "expect " + expectation);
        test.Expectations.ShouldHaveSingleItem().Passed.ShouldBe(passes);
    }

    [Fact]
    public void APercentExpectationShowsPercentages()
    {
        using var folder = new TempFolder();
        var (test, _) = Run(folder, "expect alice.solved == 75%");
        var e = test.Expectations.ShouldHaveSingleItem();
        (e.Passed, e.Expected, e.Actual, e.Difference).ShouldBe((false, "75 %", "50 %", "-25 %"));
    }

    [Theory]
    [InlineData("expect alice.nothing == 1", "alice has no `nothing`")]
    [InlineData("expect bob.total == 1", "`bob` was not evaluated; the people evaluated are: alice")]
    [InlineData("expect alice.speed.colour == 1", "`alice.speed.colour`: a metric has no `.colour`")]
    [InlineData("expect alice.alert.fast == true", "there is no alert `fast`; the alerts are: slow")]
    [InlineData("expect speed == 30", "`speed` alone does not say whose value it is")]
    public void AnExpectationThatCannotBeEvaluatedFailsWithAMessage(string expectation, string message)
    {
        using var folder = new TempFolder();
        var (test, _) = Run(folder, expectation);
        var e = test.Expectations.ShouldHaveSingleItem();
        e.Passed.ShouldBeFalse();
        e.Message.ShouldNotBeNull().ShouldStartWith(message);
    }

    [Fact]
    public void NoDataComparedWithANumberFailsAndSaysHowToExpectNoData()
    {
        using var folder = new TempFolder();
        var file = MiniPolicy.Write(folder, "expect alice.speed == 30");
        // a lead without tickets: speed has no data
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("| alice  | agent |", "| alice  | agent |\n    | lee    | lead  |")
            .Replace("expect alice.speed == 30", "expect lee.speed == 30\n  expect lee.speed == none"));
        var test = PolicyTestRunner.Run([Path.GetDirectoryName(file)!]).Suites.Single().Tests.Single();
        var (number, none) = (test.Expectations[0], test.Expectations[1]);
        number.Passed.ShouldBeFalse();
        number.Message.ShouldBe("lee.speed has no data, so it cannot be compared with the number 30; to expect no data write `== none`");
        number.Actual.ShouldBe("no data");
        none.Passed.ShouldBeTrue();
    }
}
