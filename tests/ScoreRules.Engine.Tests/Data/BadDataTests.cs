using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class BadDataTests
{
    private static readonly Dictionary<string, object?> Priorities = new()
    {
        ["1 - Critical"] = 1m, ["2 - High"] = 2m, ["3 - Moderate"] = 3m, ["4 - Low"] = 4m,
    };

    private static SourceModel Tickets(bool skip) => Source("tickets.csv", [
        Field("id", FieldType.Text),
        Field("agent", FieldType.Text),
        Field("opened", FieldType.DateTime),
        Field("priority", FieldType.Int, map: Priorities),
        Field("csat", FieldType.Number, "CSAT", optional: true),
    ], skip: skip);

    [Fact]
    public void Bad_date_missing_column_and_unmapped_answer_give_three_located_errors()
    {
        const string text = "id,agent,opened,priority\n" +
                            "T1,alice,2026-02-30 09:00,2 - High\n" +
                            "T2,bob,2026-03-01 10:00,5 - Urgent\n" +
                            "T3,carol,2026-03-02 11:00,4 - Low\n";

        var (records, context) = LoadText(Tickets(skip: false), text);

        records.ShouldBeEmpty();
        context.HasErrors.ShouldBeTrue();
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "tickets.csv:1:0: error SD002: column \"CSAT\" (field csat) is not in tickets.csv; the columns are: id, agent, opened, priority",
            "tickets.csv:2:3: error SD001: \"2026-02-30 09:00\" is not a date and time: 2026-02-30 does not exist (field opened, column \"opened\")",
            "tickets.csv:3:4: error SD003: \"5 - Urgent\" is not one of the answers of field priority (column \"priority\"); the answers are: \"1 - Critical\", \"2 - High\", \"3 - Moderate\", \"4 - Low\"",
        ]);
    }

    [Fact]
    public void Bad_date_missing_column_and_out_of_range_csat_give_three_located_errors()
    {
        // The priority column is missing; row 2 has a 30 February; row 3 a CSAT of 7 on a 1..5 scale.
        var source = Tickets(skip: false) with
        {
            Fields = [.. Tickets(skip: false).Fields.Select(f => f.Name == "csat" ? f with { Minimum = 1m, Maximum = 5m } : f)],
        };
        const string text = "id,agent,opened,CSAT\n" +
                            "T1,alice,2026-02-30 09:00,4\n" +
                            "T2,bob,2026-03-01 10:00,7\n" +
                            "T3,carol,2026-03-02 11:00,5\n";

        var (records, context) = LoadText(source, text);

        records.ShouldBeEmpty();
        context.HasErrors.ShouldBeTrue();
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "tickets.csv:1:0: error SD002: column \"priority\" (field priority) is not in tickets.csv; the columns are: id, agent, opened, CSAT",
            "tickets.csv:2:3: error SD001: \"2026-02-30 09:00\" is not a date and time: 2026-02-30 does not exist (field opened, column \"opened\")",
            "tickets.csv:3:4: error SD011: 7 is outside the range 1..5 of field csat (column \"CSAT\")",
        ]);
    }

    [Fact]
    public void On_error_fail_reports_every_bad_value_of_the_file()
    {
        const string text = "id,agent,opened,priority,CSAT\n" +
                            "T1,alice,yesterday,2 - High,five\n" +
                            "T2,bob,2026-03-01 10:00,3 - Moderate,4\n" +
                            "T3,,2026-03-02 11:00,4 - Low,\n";

        var (records, context) = LoadText(Tickets(skip: false), text);

        context.Diagnostics.Select(d => (d.Row, d.Column, d.Code, d.IsError)).ShouldBe([
            (2, 3, "SD001", true), (2, 5, "SD001", true), (4, 2, "SD004", true),
        ]);
        context.ErrorCount.ShouldBe(3);
        // The good row still comes out; the caller treats the whole load as failed.
        records.Single().Values.ShouldBe(["T2", "bob", Utc(2026, 3, 1, 10, 0), 3m, 4m]);
        context.SkippedRows.ShouldBeEmpty();
    }

    [Fact]
    public void On_error_skip_leaves_bad_rows_out_and_counts_them_by_reason()
    {
        const string text = "id,agent,opened,priority,CSAT\n" +
                            "T1,alice,2026-03-01 09:00,2 - High,abc\n" +
                            "T2,bob,2026-03-01 10:00,3 - Moderate,4\n" +
                            "T3,carol,2026-03-02 11:00,4 - Low,x\n" +
                            "T4,,2026-03-02 12:00,4 - Low,5\n" +
                            "T5,dave,2026-03-02 13:00,9 - Unknown,oops\n";

        var (records, context) = LoadText(Tickets(skip: true), text);

        records.Select(r => r.Values[0]).ShouldBe(["T2"]);
        context.HasErrors.ShouldBeFalse();
        context.WarningCount.ShouldBe(5); // T5 has two bad values; the row counts once, under the first.
        context.SkippedRows.ShouldBe(new Dictionary<string, int>
        {
            ["agent: value required"] = 1,
            ["csat: not a number"] = 2,
            ["priority: unknown answer"] = 1,
        });
        context.SkippedRowCount.ShouldBe(4);
        context.RowsRead.ShouldBe(5);
        context.Diagnostics[0].ToString().ShouldBe("tickets.csv:2:5: warning SD001: \"abc\" is not a number (field csat, column \"CSAT\")");
    }

    [Fact]
    public void Missing_column_fails_even_with_on_error_skip()
    {
        var (records, context) = LoadText(Tickets(skip: true), "id,agent,opened,priority\nT1,alice,2026-03-01 09:00,2 - High\n");

        records.ShouldBeEmpty();
        context.HasErrors.ShouldBeTrue();
        context.Diagnostics.Single().Code.ShouldBe("SD002");
        context.SkippedRows.ShouldBeEmpty();
    }

    [Fact]
    public void Column_named_twice_in_the_header_is_an_error()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)]);

        var (records, context) = LoadText(source, "id,agent,agent\nT1,a,b\n");

        records.ShouldBeEmpty();
        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:1:3: error SD008: column \"agent\" appears 2 times in the header (columns 2, 3); give each column its own name");
    }

    [Fact]
    public void Diagnostics_beyond_the_limit_are_counted_not_kept()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("n", FieldType.Int)]);
        var text = "id,n\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"T{i},x\n"));
        using var folder = new TempFolder();
        folder.Write("t.csv", System.Text.Encoding.UTF8.GetBytes(text));
        var context = new ReadContext(NodaTime.DateTimeZone.Utc) { MaxDiagnostics = 10 };

        DataLoader.Load(source, folder.Path, context).ToList();

        context.Diagnostics.Count.ShouldBe(10);
        context.ErrorCount.ShouldBe(30);
        context.OmittedDiagnostics.ShouldBe(20);
    }
}
