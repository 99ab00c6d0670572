using ScoreRules.Testing.Running;

namespace ScoreRules.Testing.Tests.Runner;

public class TableAndDataTests
{
    private static TestCaseResult RunEdited(TempFolder folder, Func<string, string> edit)
    {
        var file = MiniPolicy.Write(folder, "expect alice.total == 50");
        File.WriteAllText(file, edit(File.ReadAllText(file)));
        return PolicyTestRunner.Run([Path.GetDirectoryName(file)!]).Suites.Single().Tests.Single();
    }

    [Fact]
    public void ABadCellIsReportedAtItsLineAndColumn()
    {
        using var folder = new TempFolder();
        var test = RunEdited(folder, t => t.Replace("| T2 | alice  | 2026-03-03 09:00 | 40      |", "| T2 | alice  | 2026-03-03 09:00 | forty   |"));
        test.Passed.ShouldBeFalse();
        test.Expectations.ShouldBeEmpty();
        var problem = test.Problems.ShouldHaveSingleItem();
        var file = Path.Combine(folder.Path, "mini", "mini.score").Replace('\\', '/');
        var line = MiniPolicy.LineOf(file, "| T2 |");
        var column = File.ReadAllLines(file)[line - 1].IndexOf("forty", StringComparison.Ordinal) + 1;
        problem.Location.ShouldBe($"{file}:{line}:{column}");
        problem.Message.ShouldStartWith("error SD001: ");
        problem.Message.ShouldContain("forty");
    }

    [Fact]
    public void AnAnswerTheMapDoesNotListIsADataError()
    {
        using var folder = new TempFolder();
        var test = RunEdited(folder, t => t.Replace("| 20      | Y      |", "| 20      | maybe  |"));
        test.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("error SD003: ");
    }

    [Fact]
    public void ARequiredFieldLeftOutIsAnErrorAtTheTable()
    {
        using var folder = new TempFolder();
        var test = RunEdited(folder, t => t
            .Replace("| id | person | created          | minutes | solved |", "| id | person | created          | solved |")
            .Replace("| 2026-03-02 09:00 | 20      | Y      |", "| 2026-03-02 09:00 | Y      |")
            .Replace("| 2026-03-03 09:00 | 40      | N      |", "| 2026-03-03 09:00 | N      |"));
        var file = Path.Combine(folder.Path, "mini", "mini.score").Replace('\\', '/');
        var line = MiniPolicy.LineOf(file, "  tickets {");
        var problem = test.Problems.ShouldHaveSingleItem();
        problem.Location.ShouldBe($"{file}:{line}:3");
        problem.Message.ShouldBe("error: the table for `tickets` has no column `minutes`; `minutes` is a field without `?`, so every row needs a value: add the column");
    }

    [Fact]
    public void AnOptionalFieldLeftOutIsEmpty()
    {
        using var folder = new TempFolder();
        // without `solved`, the share has no rows: no data, left out by missing reweight → total = speed's 100
        var test = RunEdited(folder, t => t
            .Replace("| id | person | created          | minutes | solved |", "| id | person | created          | minutes |")
            .Replace("| 20      | Y      |", "| 20      |").Replace("| 40      | N      |", "| 40      |")
            .Replace("expect alice.total == 50", "expect alice.solved == none\n  expect alice.total == 100"));
        test.Problems.ShouldBeEmpty();
        test.Passed.ShouldBeTrue();
    }

    [Fact]
    public void ADataFolderIsReadRelativeToTheRuleFileAndTablesTakePrecedence()
    {
        using var folder = new TempFolder();
        // fixtures/march/tickets.csv: T1 10 minutes Y, T2 20 minutes Y, T3 3 minutes N → speed 11, solved 2/3
        folder.Write("mini/fixtures/march/tickets.csv", "ticket_id,agent,created,minutes,solved\nT1,alice,2026-03-02 09:00,10,Y\nT2,alice,2026-03-03 09:00,20,Y\nT3,alice,2026-03-04 09:00,3,N\n");
        folder.Write("mini/fixtures/march/people.csv", "id,role\nnobody,agent\n");
        var test = RunEdited(folder, t => t
            .Replace("  tickets {", "  data \"fixtures/march\"\n  bogus_marker {")
            .Replace("  bogus_marker {\n    | id | person | created          | minutes | solved |\n    | T1 | alice  | 2026-03-02 09:00 | 20      | Y      |\n    | T2 | alice  | 2026-03-03 09:00 | 40      | N      |\n  }\n", "")
            .Replace("expect alice.total == 50", "expect alice.speed == 11\n  expect alice.solved ≈ 66.67% ± 0.0001\n  expect alice.extra == 1"));
        // speed mean(10, 20, 3) = 11; solved 2 / 3; extra: T3 under 5 minutes → 1 point (people from the table, not the file)
        test.Problems.ShouldBeEmpty();
        test.Expectations.Where(e => !e.Passed).Select(e => $"{e.Text}: {e.Message} {e.Actual}").ShouldBeEmpty();
        test.Expectations.Count.ShouldBe(3);
    }

    [Fact]
    public void AMissingDataFolderFailsTheTest()
    {
        using var folder = new TempFolder();
        var test = RunEdited(folder, t => t.Replace("  period 2026-03", "  period 2026-03\n  data \"fixtures/april\""));
        test.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("error: the data folder \"fixtures/april\" is not there: ");
    }

    [Fact]
    public void APeriodNoVersionCoversFailsTheTest()
    {
        using var folder = new TempFolder();
        var test = RunEdited(folder, t => t.Replace("  period 2026-03", "  period 2027-03"));
        test.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("error: no policy version is in effect on 2027-03-01");
    }
}
