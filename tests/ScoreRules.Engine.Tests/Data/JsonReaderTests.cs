using System.Text;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class JsonReaderTests
{
    private static IReadOnlyList<FieldModel> SurveyFields =>
    [
        Field("id", FieldType.Text, "survey_id"),
        Field("csat", FieldType.Int, optional: true),
        Field("resolved", FieldType.Bool),
        Field("submitted", FieldType.DateTime, "submitted_at"),
        Field("comment", FieldType.Text, optional: true),
    ];

    [Fact]
    public void Array_of_objects_reads_numbers_strings_booleans_null_and_absent_properties()
    {
        const string json = """
            [
              {"survey_id": "S1", "csat": 5, "resolved": true, "submitted_at": "2026-03-02T09:00:00+08:00", "comment": "很好"},
              {"survey_id": "S2", "csat": null, "resolved": "no", "submitted_at": "2026-03-02 10:00"},
              {"SURVEY_ID": 3, "csat": "4", "resolved": false, "submitted_at": "2026-03-03T00:00:00Z", "comment": 42}
            ]
            """;

        var (records, context) = LoadText(Source("surveys.json", SurveyFields), json, "Asia/Shanghai");

        context.Diagnostics.ShouldBeEmpty();
        records.Select(r => r.Row).ShouldBe([1, 2, 3]);
        records[0].Values.ShouldBe(["S1", 5m, true, Utc(2026, 3, 2, 1, 0), "很好"]);
        records[1].Values.ShouldBe(["S2", null, false, Utc(2026, 3, 2, 2, 0), null]);
        records[2].Values.ShouldBe(["3", 4m, false, Utc(2026, 3, 3, 0, 0), "42"]);
    }

    [Fact]
    public void Absent_required_property_and_a_list_value_are_located_by_element_and_property_position()
    {
        const string json = """
            [
              {"survey_id": "S1", "resolved": true},
              {"survey_id": "S2", "csat": [4, 5], "resolved": true, "submitted_at": "2026-03-02 10:00"}
            ]
            """;

        var (records, context) = LoadText(Source("surveys.json", SurveyFields), json);

        records.ShouldBeEmpty();
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "surveys.json:1:0: error SD004: a value is required (field submitted, column \"submitted_at\"), but the property \"submitted_at\" is absent; add ? after the type (submitted: datetime?) if it may be empty",
            "surveys.json:2:2: error SD001: a list is not a whole number (field csat, column \"csat\")",
        ]);
    }

    [Fact]
    public void A_property_given_twice_is_an_error_at_the_second_like_a_column_named_twice()
    {
        // Element 2 names csat twice (its 2nd and 4th properties); element 1 is fine. A column whose name differs
        // only in case is not the same property and does not count.
        const string json = """
            [
              {"survey_id": "S1", "csat": 4, "submitted_at": "2026-03-02 10:00", "CSAT": 1, "resolved": true},
              {"survey_id": "S2", "csat": 2, "submitted_at": "2026-03-02 11:00", "csat": 5, "resolved": true}
            ]
            """;

        var (records, context) = LoadText(Source("surveys.json", SurveyFields), json);

        records.Single().Values[1].ShouldBe(4m);
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "surveys.json:2:4: error SD009: element 2 has the property \"csat\" twice (properties 2 and 4); give each property once",
        ]);
    }

    [Fact]
    public void File_that_is_not_an_array_is_unreadable()
    {
        var (records, context) = LoadText(Source("surveys.json", SurveyFields), """{"survey_id": "S1"}""");

        records.ShouldBeEmpty();
        var d = context.Diagnostics.Single();
        (d.Code, d.IsError).ShouldBe(("SD008", true));
        d.Message.ShouldStartWith("the file is not a valid JSON array of objects");
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        const string json = "[{\"survey_id\": \"S1\", \"resolved\": true, \"submitted_at\": \"2026-03-02 10:00\"},\n {\"survey_id\": \"S2\",, }]";

        var (records, context) = LoadText(Source("surveys.json", SurveyFields), json);

        var d = context.Diagnostics.Single();
        (d.Code, d.IsError).ShouldBe(("SD008", true));
        // Line 2 is ` {"survey_id": "S2",, }]`: the second comma is its 21st character.
        d.Message.ShouldContain("at line 2, position 21");
    }

    [Fact]
    public void Json_with_a_byte_order_mark_reads()
    {
        using var folder = new TempFolder();
        folder.Write("s.json", [0xEF, 0xBB, 0xBF, .. """[{"survey_id": "S1", "resolved": "yes", "submitted_at": "2026-03-02"}]"""u8]);

        var (records, context) = Load(Source("s.json", SurveyFields), folder.Path);

        context.Diagnostics.ShouldBeEmpty();
        records.Single().Values.ShouldBe(["S1", null, true, Utc(2026, 3, 2, 0, 0), null]);
    }

    [Fact]
    public void Json_lines_numbers_rows_by_line_passes_over_blank_lines_and_skips_bad_lines()
    {
        const string jsonl = """
            {"survey_id": "S1", "csat": 5, "resolved": true, "submitted_at": "2026-03-02 09:00"}

            {"survey_id": "S2", "csat": 4, "resolved": true, "submitted_at": "2026-03-02 09:30"
            ["S3"]
            {"survey_id": "S4", "csat": 3, "resolved": false, "submitted_at": "2026-03-02 10:00"}
            """;

        var (records, context) = LoadText(Source("surveys.jsonl", SurveyFields, skip: true), jsonl);

        records.Select(r => (r.Values[0], r.Row)).ShouldBe([("S1", 1), ("S4", 5)]);
        context.Diagnostics.Select(d => (d.Row, d.Code, d.IsError)).ShouldBe([(3, "SD009", false), (4, "SD009", false)]);
        context.Diagnostics[1].Message.ShouldBe("this line is a list, not an object such as {\"survey_id\": …}");
        context.SkippedRows.ShouldBe(new Dictionary<string, int> { ["not an object"] = 1, ["not valid JSON"] = 1 });
    }

    [Fact]
    public void Json_lines_in_gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var folder = new TempFolder();
        folder.Write("s.jsonl", Encoding.GetEncoding("GB18030").GetBytes("{\"survey_id\": \"问卷1\", \"resolved\": \"是\", \"submitted_at\": \"2026-03-02 09:00\", \"comment\": \"处理及时\"}\n"));

        var (records, context) = Load(Source("s.jsonl", SurveyFields, encoding: "gb18030"), folder.Path);

        context.Diagnostics.ShouldBeEmpty();
        records.Single().Values.ShouldBe(["问卷1", null, true, Utc(2026, 3, 2, 9, 0), "处理及时"]);
    }
}
