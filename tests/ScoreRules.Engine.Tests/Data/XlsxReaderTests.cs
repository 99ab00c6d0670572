using MiniExcelLibs;
using NodaTime;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class XlsxReaderTests
{
    private static IReadOnlyList<FieldModel> Fields =>
    [
        Field("id", FieldType.Text, "工單編號"),
        Field("agent", FieldType.Text, "處理人"),
        Field("created", FieldType.DateTime, "建立時間"),
        Field("due", FieldType.Date, "到期日", optional: true),
        Field("contacts", FieldType.Int, "聯繫次數"),
        Field("csat", FieldType.Number, "滿意度", optional: true),
        Field("escalated", FieldType.Bool, "升級"),
    ];

    private static Dictionary<string, object?> Row(object? id, object? agent, object? created, object? due, object? contacts, object? csat, object? escalated) =>
        new()
        {
            ["工單編號"] = id, ["處理人"] = agent, ["建立時間"] = created, ["到期日"] = due,
            ["聯繫次數"] = contacts, ["滿意度"] = csat, ["升級"] = escalated,
        };

    private static void Save(string path, params Dictionary<string, object?>[] rows) =>
        MiniExcel.SaveAs(path, new Dictionary<string, object> { ["說明"] = new[] { new Dictionary<string, object?> { ["note"] = "read me" } }, ["工單"] = rows });

    [Fact]
    public void Typed_cells_and_text_cells_read_by_the_fields_types()
    {
        using var folder = new TempFolder();
        Save(Path.Combine(folder.Path, "tickets.xlsx"),
            Row(1001, "王小明", new DateTime(2026, 3, 2, 9, 5, 0), new DateTime(2026, 3, 9), 2, 4.5, true),
            Row("T-1002", " 李四 ", "2026-03-03 14:00", "2026-03-10", "1", null, "否"));

        var (records, context) = Load(Source("tickets.xlsx", Fields, sheet: "工單"), folder.Path, "Asia/Taipei");

        context.Diagnostics.ShouldBeEmpty();
        // Taipei is UTC+8: 09:05 local is 01:05 UTC.
        records[0].Values.ShouldBe(["1001", "王小明", Utc(2026, 3, 2, 1, 5), new LocalDate(2026, 3, 9), 2m, 4.5m, true]);
        records[1].Values.ShouldBe(["T-1002", "李四", Utc(2026, 3, 3, 6, 0), new LocalDate(2026, 3, 10), 1m, null, false]);
        records.Select(r => r.Row).ShouldBe([2, 3]);
    }

    [Fact]
    public void Bad_cells_are_located_by_sheet_row_and_column()
    {
        using var folder = new TempFolder();
        Save(Path.Combine(folder.Path, "tickets.xlsx"),
            Row("T1", "a", new DateTime(2026, 3, 2, 9, 0, 0), null, 2.5, "abc", true),
            Row("T2", "b", 46000, null, 1, 3, "maybe"));

        var (records, context) = Load(Source("tickets.xlsx", Fields, sheet: "工單"), folder.Path);

        records.ShouldBeEmpty();
        context.Diagnostics.Select(d => (d.Row, d.Column, d.Code)).ShouldBe([
            (2, 5, "SD001"), (2, 6, "SD001"), (3, 3, "SD001"), (3, 7, "SD001"),
        ]);
        context.Diagnostics[0].Message.ShouldBe("\"2.5\" is not a whole number (field contacts, column \"聯繫次數\")");
        context.Diagnostics[2].Message.ShouldBe(
            "\"46000\" is a number, not a date and time like 2026-03-02 09:00 or 2026-03-02T09:00:00+08:00 (field created, column \"建立時間\"); format the column as a date in the workbook");
    }

    [Fact]
    public void First_sheet_is_read_when_none_is_named()
    {
        using var folder = new TempFolder();
        MiniExcel.SaveAs(Path.Combine(folder.Path, "p.xlsx"), new[] { new Dictionary<string, object?> { ["id"] = "E1", ["name"] = "Ann" } });

        var (records, _) = Load(Source("p.xlsx", [Field("id", FieldType.Text), Field("name", FieldType.Text)]), folder.Path);

        records.Single().Values.ShouldBe(["E1", "Ann"]);
    }

    [Fact]
    public void Unknown_sheet_lists_the_sheets()
    {
        using var folder = new TempFolder();
        Save(Path.Combine(folder.Path, "tickets.xlsx"), Row("T1", "a", new DateTime(2026, 3, 2), null, 1, null, true));

        var (_, context) = Load(Source("tickets.xlsx", Fields, sheet: "Tickets"), folder.Path);

        context.Diagnostics.Single().ToString().ShouldBe(
            "tickets.xlsx:0:0: error SD008: there is no sheet \"Tickets\" in the workbook; the sheets are: 說明, 工單");
    }

    [Fact]
    public void File_that_is_not_a_workbook_is_unreadable()
    {
        using var folder = new TempFolder();
        folder.Write("tickets.xlsx", "id,agent\nT1,a\n"u8.ToArray());

        var (_, context) = Load(Source("tickets.xlsx", Fields), folder.Path);

        var d = context.Diagnostics.Single();
        (d.Code, d.IsError).ShouldBe(("SD008", true));
        d.Message.ShouldStartWith("the file is not an Excel workbook (.xlsx)");
    }
}
