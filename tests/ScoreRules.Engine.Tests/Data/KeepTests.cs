using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class KeepTests
{
    private static SourceModel EventLog(bool last, params string[] orderBy) => Source("log.csv", [
        Field("id", FieldType.Text, "number"),
        Field("state", FieldType.Text),
        Field("updates", FieldType.Int, "sys_mod_count"),
        Field("updated", FieldType.DateTime, "sys_updated_at", optional: true, format: "d/M/yyyy HH:mm"),
    ], key: "id", keep: new KeepRule(last, orderBy), missing: ["?"]);

    private const string Log =
        "number,state,sys_mod_count,sys_updated_at\n" +
        "INC2,New,0,1/3/2026 08:00\n" +      // row 2
        "INC1,New,0,1/3/2026 09:00\n" +      // row 3
        "INC1,Resolved,2,1/3/2026 11:00\n" + // row 4: highest count of INC1
        "INC1,Active,1,1/3/2026 12:00\n" +   // row 5: out of order, later in time but a lower count
        "INC2,Active,1,1/3/2026 10:00\n" +   // row 6: ties with row 7 on both order fields
        "INC2,Closed,1,1/3/2026 10:00\n" +   // row 7
        "INC3,New,0,?\n" +                   // row 8: empty time sorts first
        "INC3,Active,0,1/3/2026 07:00\n";    // row 9

    [Fact]
    public void Keep_last_takes_the_largest_order_values_and_the_later_row_on_a_tie()
    {
        var (records, context) = LoadText(EventLog(last: true, "sys_mod_count", "sys_updated_at"), Log);

        // Row 5 (count 1) comes after row 4 (count 2) of INC1: the one row out of order, still not kept.
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "log.csv:0:0: warning SD104: the rows of 1 key (field id) are out of order in log.csv: 1 row sorts before an earlier row with the same id "
            + "by sys_mod_count, sys_updated_at (first: row 5, id \"INC1\"); keep last compares these values, not the places in the file, "
            + "so it still keeps the row with the largest values",
        ]);
        context.HasErrors.ShouldBeFalse();
        // Output in order of each key's first appearance: INC2 (row 2), INC1 (row 3), INC3 (row 8).
        records.Select(r => (r.Values[0], r.Values[1], r.Row)).ShouldBe([
            ("INC2", "Closed", 7), ("INC1", "Resolved", 4), ("INC3", "Active", 9),
        ]);
        context.RowsRead.ShouldBe(8);
        context.RowsReplaced.ShouldBe(5);
    }

    [Fact]
    public void Keep_first_takes_the_smallest_order_values_and_the_earlier_row_on_a_tie()
    {
        var (records, _) = LoadText(EventLog(last: false, "updates"), Log);

        // INC3's two rows tie on updates (0): the earlier row (8) stays.
        records.Select(r => (r.Values[0], r.Row)).ShouldBe([("INC2", 2), ("INC1", 3), ("INC3", 8)]);
    }

    [Fact]
    public void Rows_in_the_order_of_their_values_give_no_warning()
    {
        var (records, context) = LoadText(EventLog(last: true, "updates"),
            "number,state,sys_mod_count,sys_updated_at\nINC1,New,0,?\nINC2,New,0,?\nINC1,Active,1,?\nINC1,Closed,1,?\nINC2,Closed,3,?\n");

        context.Diagnostics.ShouldBeEmpty();
        // INC1's rows 4 and 5 tie on count 1: the later row wins.
        records.Select(r => r.Row).ShouldBe([5, 6]);
    }

    [Fact]
    public void Keep_first_counts_every_row_below_an_earlier_one_of_its_key()
    {
        // INC1: 2, 0, 1, 3: rows 3 (0 < 2) and 4 (1 < 2) are out of order, row 5 (3) is not; INC2: 5, 4: row 7.
        const string log = "number,state,sys_mod_count,sys_updated_at\n"
            + "INC1,A,2,?\nINC1,B,0,?\nINC1,C,1,?\nINC1,D,3,?\nINC2,A,5,?\nINC2,B,4,?\n";

        var (records, context) = LoadText(EventLog(last: false, "updates"), log);

        records.Select(r => (r.Values[0], r.Row)).ShouldBe([("INC1", 3), ("INC2", 7)]);
        var warning = context.Diagnostics.Single();
        (warning.Code, warning.IsError).ShouldBe(("SD104", false));
        warning.Message.ShouldStartWith("the rows of 2 keys (field id) are out of order in log.csv: 3 rows sort before an earlier row with the same id by updates "
            + "(first: row 3, id \"INC1\"; row 7, id \"INC2\"); keep first");
        warning.Message.ShouldEndWith("the smallest values");
    }

    [Fact]
    public void Order_fields_may_be_named_by_field_or_by_column()
    {
        var (byField, _) = LoadText(EventLog(last: true, "updates", "updated"), Log);
        var (byColumn, _) = LoadText(EventLog(last: true, "sys_mod_count", "sys_updated_at"), Log);

        byField.Select(r => r.Row).ShouldBe(byColumn.Select(r => r.Row));
    }

    [Fact]
    public void Numbers_are_compared_numerically_not_as_text()
    {
        // As text "10" < "9"; as numbers 10 > 9.
        var (records, _) = LoadText(EventLog(last: true, "updates"), "number,state,sys_mod_count,sys_updated_at\nINC1,A,10,?\nINC1,B,9,?\n");

        records.Single().Values[1].ShouldBe("A");
    }

    [Fact]
    public void Keep_by_an_unknown_name_is_a_setting_error()
    {
        var (records, context) = LoadText(EventLog(last: true, "version"), Log);

        records.ShouldBeEmpty();
        context.Diagnostics.Single().ToString().ShouldBe(
            "log.csv:0:0: error SD010: keep last by version: source test has no field or column version; declare it as a field, e.g. version: int = version");
    }

    [Fact]
    public void Duplicate_key_without_keep_is_an_error_at_the_second_row()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text, "ticket_id"), Field("agent", FieldType.Text)], key: "id");

        var (records, context) = LoadText(source, "agent,ticket_id\nalice,T1\nbob,T2\ncarol,T1\n");

        records.Select(r => r.Row).ShouldBe([2, 3]);
        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:4:2: error SD007: the key \"T1\" (field id, column \"ticket_id\") is already in row 2; keys must be unique, or add a keep rule for an event log (keep last by …)");
    }

    [Fact]
    public void Duplicate_key_with_on_error_skip_is_counted()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)], key: "id", skip: true);

        var (records, context) = LoadText(source, "id,agent\nT1,alice\nT1,bob\nT1,carol\n");

        records.Single().Values.ShouldBe(["T1", "alice"]);
        context.HasErrors.ShouldBeFalse();
        context.SkippedRows.ShouldBe(new Dictionary<string, int> { ["id: duplicate key"] = 2 });
    }

    [Fact]
    public void Key_is_required_even_when_its_field_is_optional()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text, optional: true), Field("agent", FieldType.Text)], key: "id");

        var (_, context) = LoadText(source, "id,agent\n,alice\n");

        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:2:1: error SD004: a value is required (field id, column \"id\"), but the cell is empty; every row needs a key");
    }
}
