using System.Text;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class CsvReaderTests
{
    private static readonly Encoding Gb18030;

    static CsvReaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
    }

    [Fact]
    public void Gb18030_file_with_chinese_header_and_answers_reads_when_declared()
    {
        var satisfaction = new Dictionary<string, object?> { ["非常满意"] = 5m, ["满意"] = 4m, ["不满意"] = 2m };
        var source = Source("工单导出.csv", [Field("工号", FieldType.Text), Field("处理人", FieldType.Text), Field("满意度", FieldType.Int, map: satisfaction)],
            encoding: "gb18030");
        using var folder = new TempFolder();
        folder.Write("工单导出.csv", Gb18030.GetBytes("工号,处理人,满意度\r\nA01,张三,非常满意\r\nA02,李四,不满意\r\n"));

        var (records, context) = Load(source, folder.Path);

        context.Diagnostics.ShouldBeEmpty();
        records.Count.ShouldBe(2);
        records[0].Values.ShouldBe(["A01", "张三", 5m]);
        records[1].Values.ShouldBe(["A02", "李四", 2m]);
        records[1].Row.ShouldBe(3);
    }

    [Fact]
    public void Big5_file_reads_when_declared()
    {
        var source = Source("工單.csv", [Field("編號", FieldType.Text), Field("處理人", FieldType.Text)], encoding: "big5");
        using var folder = new TempFolder();
        folder.Write("工單.csv", Encoding.GetEncoding("big5").GetBytes("編號,處理人\r\nT1,陳大文\r\n"));

        var (records, context) = Load(source, folder.Path);

        context.Diagnostics.ShouldBeEmpty();
        records.Single().Values.ShouldBe(["T1", "陳大文"]);
    }

    [Fact]
    public void Gb18030_file_read_as_utf8_names_the_missing_column_and_suggests_the_encoding()
    {
        var source = Source("export.csv", [Field("工号", FieldType.Text), Field("处理人", FieldType.Text)]);
        using var folder = new TempFolder();
        folder.Write("export.csv", Gb18030.GetBytes("工号,处理人\nA01,张三\n"));

        var (records, context) = Load(source, folder.Path);

        records.ShouldBeEmpty();
        context.HasErrors.ShouldBeTrue();
        context.Diagnostics.Select(d => d.Code).ShouldBe(["SD002", "SD002"]);
        context.Diagnostics[0].Message.ShouldContain("encoding \"gb18030\"");
    }

    [Fact]
    public void Utf8_with_and_without_byte_order_mark_read_the_same()
    {
        var source = Source("people.csv", [Field("id", FieldType.Text), Field("name", FieldType.Text)]);
        var body = Encoding.UTF8.GetBytes("id,name\nE1,王小明\n");
        using var folder = new TempFolder();
        folder.Write("people.csv", [0xEF, 0xBB, 0xBF, .. body]);
        var (withBom, bomContext) = Load(source, folder.Path);
        folder.Write("people.csv", body);
        var (withoutBom, plainContext) = Load(source, folder.Path);

        bomContext.Diagnostics.ShouldBeEmpty();
        plainContext.Diagnostics.ShouldBeEmpty();
        withBom.Single().Values.ShouldBe(["E1", "王小明"]);
        withoutBom.Single().Values.ShouldBe(["E1", "王小明"]);
    }

    [Fact]
    public void A_number_beyond_what_a_decimal_holds_is_too_large_not_wrong()
    {
        var source = Source("sums.csv", [Field("id", FieldType.Text), Field("x", FieldType.Number)]);
        // 79228162514264337593543950335 is the largest decimal; one more does not fit, nor do 1e308 (a valid double) or
        // 1e400 (beyond a double too). "Infinity" is no number written with digits.
        const string text = "id,x\nA,79228162514264337593543950335\nB,79228162514264337593543950336\nC,1e308\nD,1e400\nE,Infinity\n";

        var (records, context) = LoadText(source, text);

        records.Single().Values.ShouldBe(["A", decimal.MaxValue]);
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "sums.csv:3:2: error SD001: \"79228162514264337593543950336\" is too large (field x, column \"x\"); numbers must be smaller than 79,228,162,514,264,337,593,543,950,335",
            "sums.csv:4:2: error SD001: \"1e308\" is too large (field x, column \"x\"); numbers must be smaller than 79,228,162,514,264,337,593,543,950,335",
            "sums.csv:5:2: error SD001: \"1e400\" is too large (field x, column \"x\"); numbers must be smaller than 79,228,162,514,264,337,593,543,950,335",
            "sums.csv:6:2: error SD001: \"Infinity\" is not a number (field x, column \"x\")",
        ]);
    }

    [Fact]
    public void Quoted_cells_hold_delimiters_doubled_quotes_and_line_breaks()
    {
        var source = Source("notes.csv", [Field("id", FieldType.Text), Field("note", FieldType.Text), Field("n", FieldType.Int)]);
        const string text = "id,note,n\n" +
                            "T1,\"Printer, 3rd floor\",1\n" +
                            "T2,\"He said \"\"reboot\"\"\nthen left\",2\n" +
                            "T3,plain,x\n";

        var (records, context) = LoadText(source, text);

        records.Count.ShouldBe(2);
        records[0].Values.ShouldBe(["T1", "Printer, 3rd floor", 1m]);
        records[1].Values.ShouldBe(["T2", "He said \"reboot\"\nthen left", 2m]);
        // T2 spans two lines but is one spreadsheet row (3); T3 is row 4, its third cell is column 3.
        records[1].Row.ShouldBe(3);
        context.Diagnostics.Single().ToString().ShouldBe("notes.csv:4:3: error SD001: \"x\" is not a whole number (field n, column \"n\")");
    }

    [Theory]
    [InlineData(";", "id;score\nT1;4.5\n")]
    [InlineData("\t", "id\tscore\nT1\t4.5\n")]
    public void Delimiter_comes_from_the_source(string delimiter, string text)
    {
        var source = Source("scores.csv", [Field("id", FieldType.Text), Field("score", FieldType.Number)], delimiter: delimiter);

        var (records, context) = LoadText(source, text);

        context.Diagnostics.ShouldBeEmpty();
        records.Single().Values.ShouldBe(["T1", 4.5m]);
    }

    [Fact]
    public void Header_names_match_ignoring_case_and_surrounding_spaces_and_column_order_does_not_matter()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text, "Ticket ID"), Field("agent", FieldType.Text, "Agent")]);

        var (records, _) = LoadText(source, "agent , TICKET ID\nalice,T9\n");

        records.Single().Values.ShouldBe(["T9", "alice"]);
    }

    [Fact]
    public void Blank_lines_are_passed_over_but_keep_their_row_numbers()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("n", FieldType.Int)]);

        var (records, context) = LoadText(source, "id,n\nT1,1\n\n,\nT2,2\n");

        records.Select(r => r.Row).ShouldBe([2, 5]);
        context.RowsRead.ShouldBe(2);
    }

    [Fact]
    public void Row_with_a_different_number_of_cells_is_a_bad_row()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text), Field("n", FieldType.Int)]);

        var (records, context) = LoadText(source, "id,agent,n\nT1,alice,1\nT2,Smith, Bob,2\nT3,carol\nT4,dave,4,\n");

        records.Select(r => r.Values[0]).ShouldBe(["T1", "T4"]);
        context.Diagnostics.Select(d => (d.Row, d.Code)).ShouldBe([(3, "SD009"), (4, "SD009")]);
        context.Diagnostics[0].Message.ShouldBe("this row has 4 cells, but the header has 3 columns; a value that holds the delimiter must be in quotes, e.g. \"a, b\"");
    }

    [Fact]
    public void Quote_that_is_never_closed_stops_with_the_row_and_lines()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("note", FieldType.Text)]);

        var (records, context) = LoadText(source, "id,note\nT1,ok\nT2,\"broken\nT3,lost\nT4,lost\n");

        records.Select(r => r.Values[0]).ShouldBe(["T1"]);
        var d = context.Diagnostics.Single();
        (d.Row, d.Code, d.IsError).ShouldBe((3, "SD008", true));
        d.Message.ShouldContain("from line 3 to the end of the file");
    }

    [Fact]
    public void Invalid_utf8_bytes_are_reported_with_their_row_and_column()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)]);
        using var folder = new TempFolder();
        // 0xC3 0x28 is not valid UTF-8 (a lead byte followed by an ASCII byte).
        folder.Write("t.csv", [.. "id,agent\nT1,alice\nT2,b"u8, 0xC3, 0x28, .. "ob\n"u8]);

        var (records, context) = Load(source, folder.Path);

        records.Single().Values.ShouldBe(["T1", "alice"]);
        var d = context.Diagnostics.Single();
        (d.Row, d.Column, d.Code).ShouldBe((3, 2, "SD006"));
        d.Message.ShouldStartWith("\"b\uFFFD(ob\" holds bytes that are not valid UTF-8 (field agent, column \"agent\")");
    }

    [Fact]
    public void Empty_file_is_an_error_naming_the_expected_columns()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)]);

        var (_, context) = LoadText(source, "");

        context.Diagnostics.Single().ToString().ShouldBe("t.csv:1:0: error SD008: the file is empty; the first row must name the columns: id, agent");
    }

    [Fact]
    public void Header_only_file_has_no_records_and_a_warning_that_says_so()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text)]);

        var (records, context) = LoadText(source, "id\n");

        records.ShouldBeEmpty();
        context.HasErrors.ShouldBeFalse();
        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:0:0: warning SD106: t.csv has a header but no data rows; check that the export was not filtered to nothing");
    }

    [Fact]
    public void Header_and_blank_rows_only_is_a_file_without_data_rows()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text)]);

        var (_, context) = LoadText(source, "id\n\n , \n\n");

        context.Diagnostics.Single().Code.ShouldBe("SD106");
    }

    [Fact]
    public void File_of_only_blank_lines_is_the_empty_file_error()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)]);

        var (_, context) = LoadText(source, "\n\n  \n\r\n\n\n");

        context.Diagnostics.Single().ToString().ShouldBe("t.csv:1:0: error SD008: the file is empty; the first row must name the columns: id, agent");
    }

    [Fact]
    public void Blank_lines_before_the_header_are_passed_over()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)]);

        // Lines 1 and 2 are blank, line 3 the header, line 4 the one data row.
        var (records, context) = LoadText(source, "\n\nid,agent\nT1,alice\n");

        context.Diagnostics.ShouldBeEmpty();
        records.Single().Row.ShouldBe(4);
        records.Single().Values.ShouldBe(["T1", "alice"]);
    }

    [Fact]
    public void Unknown_encoding_and_long_delimiter_are_setting_errors()
    {
        var fields = new[] { Field("id", FieldType.Text) };

        var (_, encodingContext) = LoadText(Source("t.csv", fields, encoding: "klingon-8"), "id\nT1\n");
        var (_, delimiterContext) = LoadText(Source("t.csv", fields, delimiter: "||"), "id\nT1\n");

        encodingContext.Diagnostics.Single().Code.ShouldBe("SD010");
        encodingContext.Diagnostics.Single().Message.ShouldContain("klingon-8");
        delimiterContext.Diagnostics.Single().Code.ShouldBe("SD010");
    }

    [Fact]
    public void Records_stream_so_a_reader_stopped_early_never_sees_later_rows()
    {
        var source = Source("big.csv", [Field("id", FieldType.Text), Field("n", FieldType.Int)]);
        var text = new StringBuilder("id,n\n");
        for (var i = 1; i <= 100_000; i++) text.Append("T").Append(i).Append(',').Append(i).Append('\n');
        text.Append("bad,x\n");
        using var folder = new TempFolder();
        folder.Write("big.csv", Encoding.UTF8.GetBytes(text.ToString()));
        var context = new ScoreRules.Engine.Data.ReadContext(NodaTime.DateTimeZone.Utc);

        var first = ScoreRules.Engine.Data.DataLoader.Load(source, folder.Path, context).Take(3).ToList();

        first.Select(r => r.Values[1]).ShouldBe([1m, 2m, 3m]);
        context.RowsRead.ShouldBe(3);
        context.Diagnostics.ShouldBeEmpty();
    }
}
