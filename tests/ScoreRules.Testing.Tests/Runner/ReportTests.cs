using System.Text.Json;
using System.Xml.Linq;
using ScoreRules.Testing.Reporting;
using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Tests.Runner;

public class ReportTests
{
    // Two tests: "alice" with one passing and one failing expectation, and "second" that passes.
    private static TestRunResult Run(TempFolder folder)
    {
        var file = MiniPolicy.Write(folder, "expect alice.total == 50", "expect alice.grade == \"A\"");
        File.AppendAllText(file, "\ntest \"second\" {\n  period 2026-03\n  expect 1 == 1\n}\n");
        return PolicyTestRunner.Run([Path.GetDirectoryName(file)!]);
    }

    [Fact]
    public void JUnitXmlParsesAndCountsTestsAndFailures()
    {
        using var folder = new TempFolder();
        var document = XDocument.Parse(JUnitTestReport.ToXml(Run(folder)));
        var suites = document.Root.ShouldNotBeNull();
        suites.Name.LocalName.ShouldBe("testsuites");
        (suites.Attribute("tests")?.Value, suites.Attribute("failures")?.Value).ShouldBe(("2", "1"));
        var suite = suites.Elements("testsuite").ShouldHaveSingleItem();
        (suite.Attribute("tests")?.Value, suite.Attribute("failures")?.Value).ShouldBe(("2", "1"));
        var cases = suite.Elements("testcase").ToList();
        cases.Select(c => c.Attribute("name")?.Value).ShouldBe(["alice", "second"]);
        var failure = cases[0].Element("failure").ShouldNotBeNull();
        failure.Attribute("message")?.Value.ShouldBe("1 of 2 expectations failed");
        failure.Value.ShouldContain("expect alice.grade == \"A\"\n  expected:   \"A\"\n  actual:     \"C\"");
        cases[1].Element("failure").ShouldBeNull();
    }

    [Fact]
    public void JUnitXmlIsTheSameBytesEachRun()
    {
        using var folder = new TempFolder();
        JUnitTestReport.ToXml(Run(folder)).ShouldBe(JUnitTestReport.ToXml(Run(folder)));
    }

    [Fact]
    public void JsonReportHoldsEachExpectation()
    {
        using var folder = new TempFolder();
        using var json = JsonDocument.Parse(JsonTestReport.ToJson(Run(folder)));
        json.RootElement.GetProperty("passed").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("failed").GetInt32().ShouldBe(1);
        var alice = json.RootElement.GetProperty("suites")[0].GetProperty("tests")[0];
        var grade = alice.GetProperty("expectations")[1];
        (grade.GetProperty("text").GetString(), grade.GetProperty("passed").GetBoolean(), grade.GetProperty("actual").GetString())
            .ShouldBe(("alice.grade == \"A\"", false, "\"C\""));
        json.RootElement.GetProperty("suites")[0].GetProperty("coverage").GetProperty("percent").GetDecimal().ShouldBe(50m);
    }

    [Fact]
    public void ThresholdNamesTheFolderBelowIt()
    {
        using var folder = new TempFolder();
        var result = Run(folder);
        // coverage 5 of 10 = 50 %
        CoverageThreshold.Shortfalls(result, 50m).ShouldBeEmpty();
        CoverageThreshold.Shortfalls(result, 50.1m).ShouldHaveSingleItem().ShouldEndWith("is 50 %, below the threshold of 50.1 %");
    }

    [Fact]
    public void RulesWithErrorsFailTheFolderOnce()
    {
        using var folder = new TempFolder();
        var file = MiniPolicy.Write(folder, "expect alice.total == 50");
        File.WriteAllText(file, File.ReadAllText(file).Replace("dimension work { speed 100% }", "dimension work { speed 90% }"));
        var result = PolicyTestRunner.Run([Path.GetDirectoryName(file)!]);
        var suite = result.Suites.ShouldHaveSingleItem();
        suite.RuleProblems.ShouldHaveSingleItem().ShouldContain("SR2003");
        (result.Passed, result.Failed).ShouldBe((0, 1));
    }
}
