using ScoreRules.Language.Syntax;
using static ScoreRules.Language.Tests.Parsing.ParseAssert;

namespace ScoreRules.Language.Tests.Parsing;

/// <summary><c>test</c> blocks: period, data folder, inline tables and expectations (docs/grammar.md, <c>testItem</c>).</summary>
public class TestBlockParsingTests
{
    private const string Text = """
        test "全部達標的客服得 100 分" {
          description "all targets met"
          period 2026-03
          data "fixtures/march"
          tickets {
            | id | person | created          |
            | T1 | 愛麗絲  | 2026-03-02 09:00 |
          }
          expect alice.total == 100
          expect alice.frt ≈ 10 ± 1%
          expect alice.csat ~= 4.5 +- 0.01
        }
        """;

    [Fact]
    public void TestSettings()
    {
        var test = Single<TestDeclaration>(Text);
        test.Title.Value.ShouldBe("全部達標的客服得 100 分");
        test.Items.Select(i => i.GetType().Name).ShouldBe(
            ["TextSetting", "WordSetting", "TextSetting", "TableItem", "ExpectItem", "ExpectItem", "ExpectItem"]);
        var period = test.Items[1].ShouldBeOfType<WordSetting>();
        (period.Keyword, period.Value.Text).ShouldBe(("period", "2026-03"));
        var data = test.Items[2].ShouldBeOfType<TextSetting>();
        (data.Keyword, data.Value.Value).ShouldBe(("data", "fixtures/march"));
    }

    [Theory]
    [InlineData("2026-03")]
    [InlineData("2026-Q1")]
    [InlineData("2026-W05")]
    [InlineData("2026")]
    public void TestPeriodForms(string period) =>
        Single<TestDeclaration>($"test \"t\" {{ period {period} }}").Items[0].ShouldBeOfType<WordSetting>().Value.Text.ShouldBe(period);

    [Fact]
    public void TableCellsAreTrimmedText()
    {
        var table = Single<TestDeclaration>(Text).Items[3].ShouldBeOfType<TableItem>();
        table.Source.Text.ShouldBe("tickets");
        table.Rows.Count.ShouldBe(2);
        table.Rows[0].Cells.Select(c => c.Text).ShouldBe(["id", "person", "created"]);
        table.Rows[1].Cells.Select(c => c.Text).ShouldBe(["T1", "愛麗絲", "2026-03-02 09:00"]);
    }

    [Fact]
    public void TableAndCellSpans()
    {
        var file = Clean(Text);
        var table = file.Declarations[0].Items[3].ShouldBeOfType<TableItem>();
        file.Start(table).ShouldBe(new(5, 3));
        file.End(table).ShouldBe(new(8, 4));
        var row = table.Rows[1];
        file.Start(row).ShouldBe(new(7, 5));
        file.TextOf(row).ShouldBe("| T1 | 愛麗絲  | 2026-03-02 09:00 |");
        // "    | " is 6 characters: `T1` at column 7; "    | T1 | " is 11: `愛麗絲` at column 12 (3 code units);
        // "    | T1 | 愛麗絲  | " is 18: the date at column 19, 16 characters long.
        file.Start(row.Cells[0]).ShouldBe(new(7, 7));
        file.Start(row.Cells[1]).ShouldBe(new(7, 12));
        row.Cells[1].Span.Length.ShouldBe(3);
        file.Start(row.Cells[2]).ShouldBe(new(7, 19));
        file.End(row.Cells[2]).ShouldBe(new(7, 35));
    }

    [Fact]
    public void ExactExpectation()
    {
        var expect = Single<TestDeclaration>(Text).Items[4].ShouldBeOfType<ExpectItem>();
        Sexpr(expect.Condition).ShouldBe("(== (. alice total) 100)");
        expect.Approximately.ShouldBeNull();
        expect.Tolerance.ShouldBeNull();
    }

    [Fact]
    public void ApproximateExpectationWithARelativeTolerance()
    {
        var file = Clean(Text);
        var expect = file.Declarations[0].Items[5].ShouldBeOfType<ExpectItem>();
        Sexpr(expect.Condition).ShouldBe("(. alice frt)");
        Sexpr(expect.Approximately!).ShouldBe("10");
        expect.Tolerance!.Value.ShouldBe(0.01m);
        expect.Tolerance.IsPercent.ShouldBeTrue();
        file.TextOf(expect).ShouldBe("expect alice.frt ≈ 10 ± 1%");
        // "  expect alice.frt ≈ 10 ± " is 26 characters.
        file.Start(expect.Tolerance).ShouldBe(new(10, 27));
    }

    [Fact]
    public void ApproximateExpectationInAsciiSpelling()
    {
        var expect = Single<TestDeclaration>(Text).Items[6].ShouldBeOfType<ExpectItem>();
        Sexpr(expect.Condition).ShouldBe("(. alice csat)");
        Sexpr(expect.Approximately!).ShouldBe("4.5");
        expect.Tolerance!.Value.ShouldBe(0.01m);
        expect.Tolerance.IsPercent.ShouldBeFalse();
    }

    [Fact]
    public void RowsWithoutTheClosingBarAndEmptyCells()
    {
        var table = Single<TestDeclaration>("test \"t\" {\n  t {\n    | a |  | c\n  }\n}").Items[0].ShouldBeOfType<TableItem>();
        table.Rows[0].Cells.Select(c => c.Text).ShouldBe(["a", "", "c"]);
    }

    [Fact]
    public void TableRowOutsideATableIsAnError()
    {
        // A row where an expectation is expected: the parser stops at the row on line 2.
        Codes("test \"t\" {\n  | a |\n}").ShouldBe(["SR1003@2:3"]);
    }
}
