using System.Text;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

/// <summary>A field's range <c>in MIN .. MAX</c>: a number outside it is a bad value (SD011) in its row.</summary>
public class RangeTests
{
    private const string SurveyRules = """
        source surveys "surveys.csv" {
          key id = survey_id
          person = agent
          submitted: datetime = submitted_at
          ticket: text? = ticket
          csat: int? = "CSAT" in 1 .. 5
        }
        """;

    private static FieldModel Csat(bool optional = true, IReadOnlyDictionary<string, object?>? map = null) =>
        Field("csat", FieldType.Int, "CSAT", optional: optional, map: map) with { Minimum = 1m, Maximum = 5m };

    private static SourceModel Surveys(bool skip, FieldModel? csat = null) => Source("surveys.csv", [
        Field("id", FieldType.Text, "survey_id"),
        Field("agent", FieldType.Text),
        Field("submitted", FieldType.DateTime, "submitted_at"),
        Field("ticket", FieldType.Text, optional: true),
        csat ?? Csat(),
    ], key: "id", skip: skip);

    /// <summary>A survey file whose data rows carry these CSAT cells, in order (the first data row is row 2).</summary>
    private static string SurveyFile(params string[] csat)
    {
        var text = new StringBuilder("survey_id,agent,submitted_at,ticket,CSAT\n");
        for (var i = 0; i < csat.Length; i++)
            text.Append($"S{i + 1},alice,2026-03-02 09:00,T{i + 1},{csat[i]}\n");
        return text.ToString();
    }

    [Fact]
    public void Seven_in_a_one_to_five_csat_field_is_located_by_file_row_and_column()
    {
        var source = DataLoaderTests.Bind(SurveyRules, "surveys");
        // Twelve good answers fill rows 2..13, so the 7 is in row 14; CSAT is the fifth column.
        var answers = Enumerable.Repeat("4", 12).Append("7").ToArray();

        var (records, context) = LoadText(source, SurveyFile(answers));

        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "surveys.csv:14:5: error SD011: 7 is outside the range 1..5 of field csat (column \"CSAT\")",
        ]);
        context.HasErrors.ShouldBeTrue();
        records.Count.ShouldBe(12);
    }

    [Fact]
    public void Both_ends_are_allowed_and_the_values_just_beyond_them_are_not()
    {
        var (records, context) = LoadText(Surveys(skip: false), SurveyFile("1", "5", "0", "6", "5.0", " 3 ", ""));

        // Rows 2..8 hold 1, 5, 0, 6, 5.0, 3 and an empty (optional) answer: 0 (row 4) and 6 (row 5) are out.
        context.Diagnostics.Select(d => (d.Row, d.Column, d.Code)).ShouldBe([(4, 5, "SD011"), (5, 5, "SD011")]);
        context.Diagnostics.Select(d => d.Message).ShouldBe([
            "0 is outside the range 1..5 of field csat (column \"CSAT\")",
            "6 is outside the range 1..5 of field csat (column \"CSAT\")",
        ]);
        records.Select(r => r.Values[4]).ShouldBe([1m, 5m, 5m, 3m, null]);
    }

    [Fact]
    public void On_error_skip_leaves_the_row_out_and_counts_it_under_the_range()
    {
        var (records, context) = LoadText(Surveys(skip: true), SurveyFile("5", "7", "4", "-1", "x"));

        records.Select(r => r.Values[0]).ShouldBe(["S1", "S3"]);
        context.HasErrors.ShouldBeFalse();
        context.Diagnostics.Select(d => (d.Row, d.Code, d.IsError)).ShouldBe([
            (3, "SD011", false), (5, "SD011", false), (6, "SD001", false),
        ]);
        context.SkippedRows.ShouldBe(new Dictionary<string, int>
        {
            ["csat: not a whole number"] = 1,
            ["csat: outside 1..5"] = 2,
        });
        context.SkippedRowCount.ShouldBe(3);
    }

    [Fact]
    public void A_mapped_field_checks_the_value_the_answer_stands_for_not_the_answer()
    {
        var map = new Dictionary<string, object?>
        {
            ["very dissatisfied"] = 1m, ["very satisfied"] = 5m, ["delighted"] = 6m,
            // Written "7" but standing for 5: in range, because the range applies after mapping.
            ["7"] = 5m,
        };
        var (records, context) = LoadText(Surveys(skip: false, Csat(map: map)),
            SurveyFile("very satisfied", "7", "delighted", "very dissatisfied"));

        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "surveys.csv:4:5: error SD011: \"delighted\" stands for 6, which is outside the range 1..5 of field csat (column \"CSAT\")",
        ]);
        records.Select(r => r.Values[4]).ShouldBe([5m, 5m, 1m]);
    }

    [Fact]
    public void Fractional_and_negative_bounds_apply_to_number_fields()
    {
        var source = Source("t.csv", [
            Field("id", FieldType.Text),
            Field("delta", FieldType.Number) with { Minimum = -0.5m, Maximum = 0.25m },
        ]);

        var (records, context) = LoadText(source, "id,delta\nA,-0.5\nB,0.25\nC,-0.51\nD,0.2500001\nE,1e-1\n");

        records.Select(r => r.Values[1]).ShouldBe([-0.5m, 0.25m, 0.1m]);
        context.Diagnostics.Select(d => d.Message).ShouldBe([
            "-0.51 is outside the range -0.5..0.25 of field delta (column \"delta\")",
            "0.2500001 is outside the range -0.5..0.25 of field delta (column \"delta\")",
        ]);
    }

    [Fact]
    public void Json_numbers_are_checked_like_text_cells()
    {
        const string json = """
            [
              {"survey_id": "S1", "agent": "alice", "submitted_at": "2026-03-02 09:00", "CSAT": 5},
              {"survey_id": "S2", "agent": "alice", "submitted_at": "2026-03-02 10:00", "CSAT": 9}
            ]
            """;
        var source = Surveys(skip: false) with { Path = "surveys.json", Format = SourceFormat.Json };

        var (records, context) = LoadText(source, json);

        records.Select(r => r.Values[4]).ShouldBe([5m]);
        var problem = context.Diagnostics.ShouldHaveSingleItem();
        (problem.Row, problem.Code).ShouldBe((2, DataCodes.OutOfRange));
        problem.Message.ShouldBe("9 is outside the range 1..5 of field csat (column \"CSAT\")");
    }
}
