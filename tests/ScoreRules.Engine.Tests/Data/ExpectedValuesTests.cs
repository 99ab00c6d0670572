using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

/// <summary>A text field's <c>expect [ … ]</c>: rows with other values are used, and counted in one SD105 warning per field.</summary>
public class ExpectedValuesTests
{
    private static readonly string[] States = ["New", "Active", "Closed"];

    private static SourceModel Log(bool skip = false, KeepRule? keep = null, IReadOnlyDictionary<string, object?>? map = null) => Source("log.csv", [
        Field("id", FieldType.Text),
        Field("state", FieldType.Text, optional: true, map: map) with { Expected = States },
        Field("count", FieldType.Int),
    ], key: keep is null ? null : "id", keep: keep, skip: skip);

    [Fact]
    public void Unexpected_values_are_counted_by_value_and_the_rows_are_kept()
    {
        // Rows 2..9: "-100" in rows 3, 5, 6, 8 (four), "active" in row 7 (case counts), empty in row 9 (not checked).
        const string text = "id,state,count\nA,New,0\nB,-100,0\nC,Active,0\nD,-100,0\nE,-100,0\nF,active,0\nG,-100,0\nH,,0\n";

        var (records, context) = LoadText(Log(), text);

        records.Count.ShouldBe(8);
        records.Single(r => r.Row == 3).Values[1].ShouldBe("-100");
        context.HasErrors.ShouldBeFalse();
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "log.csv:0:0: warning SD105: 5 rows of log.csv have a value of field state (column \"state\") that its expect list does not hold: "
            + "\"-100\" in 4 rows (first: 3, 5, 6), \"active\" in 1 row (7); the rows are used as they are; add a value to the list if it is valid",
        ]);
    }

    [Fact]
    public void Quotes_and_invisible_characters_in_a_value_are_shown_unambiguously()
    {
        // Row 2: 含"引号 (a quote inside, written "" in CSV); row 3: a zero-width space U+200B alone, which is not
        // trimmed (not white space) and not empty, so it is checked; row 4: a path with a backslash.
        const string text = "id,state,count\nA,\"含\"\"引号\",0\nB,\u200B,0\nC,a\\b,0\n";

        var (_, context) = LoadText(Log(), text);

        context.Diagnostics.Single().Message.ShouldContain(
            "\"含\\\"引号\" in 1 row (2), \"\\u200B\" in 1 row (3), \"a\\\\b\" in 1 row (4);");
    }

    [Fact]
    public void Expected_values_give_no_warning()
    {
        var (records, context) = LoadText(Log(), "id,state,count\nA,New,0\nB, Closed ,0\n");

        context.Diagnostics.ShouldBeEmpty();
        records.Count.ShouldBe(2);
    }

    [Fact]
    public void Rows_a_keep_rule_replaces_are_checked_too()
    {
        // Row 3 ("Gone") is replaced by row 4 of the same id; it is still counted.
        var (records, context) = LoadText(Log(keep: new KeepRule(true, ["count"])), "id,state,count\nA,New,0\nA,Gone,1\nA,Closed,2\n");

        records.Single().Row.ShouldBe(4);
        context.Diagnostics.Single().Message.ShouldContain("\"Gone\" in 1 row (3)");
    }

    [Fact]
    public void A_mapped_field_is_checked_on_the_value_an_answer_stands_for()
    {
        // "N" stands for New (expected), "X" for Cancelled (not expected).
        var map = new Dictionary<string, object?> { ["N"] = "New", ["X"] = "Cancelled" };

        var (_, context) = LoadText(Log(map: map), "id,state,count\nA,N,0\nB,X,0\n");

        context.Diagnostics.Single().Message.ShouldContain("\"Cancelled\" in 1 row (3)");
    }

    [Fact]
    public void Rows_left_out_as_bad_data_are_not_counted_again()
    {
        // Row 3's count is not a number, so with on error skip it is left out (SD001) and not counted for its state.
        var (records, context) = LoadText(Log(skip: true), "id,state,count\nA,Odd,0\nB,Odd,x\n");

        records.Select(r => r.Row).ShouldBe([2]);
        context.Diagnostics.Select(d => d.Code).ShouldBe(["SD001", "SD105"]);
        context.Diagnostics[1].Message.ShouldContain("1 row of log.csv has a value");
        context.Diagnostics[1].Message.ShouldContain("\"Odd\" in 1 row (2); the row is used as it is");
    }

    [Fact]
    public void More_than_ten_values_are_counted_not_named()
    {
        // Twelve different unexpected values, one row each (rows 2..13): the first ten by row are named.
        var text = "id,state,count\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"R{i},S{i},0\n"));

        var (_, context) = LoadText(Log(), text);

        var message = context.Diagnostics.Single().Message;
        message.ShouldStartWith("12 rows of log.csv have");
        message.ShouldContain("\"S10\" in 1 row (11) and 2 more values;");
        message.ShouldNotContain("S11");
    }
}
