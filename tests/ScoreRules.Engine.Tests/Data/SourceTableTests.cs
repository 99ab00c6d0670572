using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class SourceTableTests
{
    // Fields: agent (the person), created, contacts, note.
    private static readonly SourceModel Tickets = Source("t.csv",
    [
        Field("agent", FieldType.Text, optional: true), Field("created", FieldType.DateTime, optional: true),
        Field("contacts", FieldType.Int, optional: true), Field("note", FieldType.Text, optional: true),
    ]);

    // Row numbers are not in order (as after a keep rule, which gives rows in key order): the table keeps the order given.
    // 1.5 in the int field contacts turns its column into objects; every value still reads back as given.
    private static readonly DataRecord[] Given =
    [
        new(7, ["bob", Utc(2026, 3, 2, 9, 0), 1m, "a"]),
        new(3, ["ann", Utc(2026, 3, 1, 8, 0), 2m, "b"]),
        new(9, [null, Utc(2026, 3, 3, 8, 0), 3m, "no person"]),
        new(2, ["bob", null, 4m, null]),
        new(5, ["carl", Utc(2026, 3, 4, 8, 0), 1024m, "d"]),
        new(8, ["ann", Utc(2026, 3, 5, 8, 0), null, "e"]),
        new(4, ["bob", Utc(2026, 2, 27, 8, 0), 1.5m, "f"]),
    ];

    private static List<object?[]> ValuesOf(IEnumerable<DataRecord> rows) => [.. rows.Select(r => r.Values.ToArray())];

    [Fact]
    public void Rows_are_grouped_by_person_in_the_order_given()
    {
        var table = new SourceTable(Tickets, "t.csv", Given);

        table.Count.ShouldBe(7);
        table.People.ShouldBe(["bob", "ann", "carl"]); // by first appearance; the row without a person adds nobody
        table.RowsOf("bob").Select(r => r.Row).ShouldBe([7, 2, 4]);
        table.RowsOf("ann").Select(r => r.Row).ShouldBe([3, 8]);
        table.RowsOf("carl").Select(r => r.Row).ShouldBe([5]);
        table.RowsOf("dave").Count.ShouldBe(0);
        ValuesOf(table.RowsOf("bob")).ShouldBe([Given[0].Values.ToArray(), Given[3].Values.ToArray(), Given[6].Values.ToArray()]);
    }

    [Fact]
    public void Rows_gives_every_row_in_the_order_given_including_one_without_a_person()
    {
        var table = new SourceTable(Tickets, "t.csv", Given);

        var rows = table.Rows;

        rows.Count.ShouldBe(7);
        rows.Select(r => r.Row).ShouldBe([7, 3, 9, 2, 5, 8, 4]);
        ValuesOf(rows).ShouldBe(ValuesOf(Given));
        rows[2].Values.ShouldBe([null, Utc(2026, 3, 3, 8, 0), 3m, "no person"]);
    }

    [Fact]
    public void Fields_not_kept_read_as_empty_and_Keeps_says_so()
    {
        var table = new SourceTable(Tickets, "t.csv", Given, keptFields: new HashSet<string> { "contacts" });

        Enumerable.Range(0, 4).Select(table.Keeps).ShouldBe([false, false, true, false]); // agent, created, contacts, note
        // Only contacts has values; the person field is not kept either, but the rows are still grouped by it.
        ValuesOf(table.Rows).ShouldBe(Given.Select(r => new object?[] { null, null, r.Values[2], null }).ToList());
        table.People.ShouldBe(["bob", "ann", "carl"]);
        table.RowsOf("bob").Select(r => (r.Row, r.Values[2])).ShouldBe([(7, (object?)1m), (2, 4m), (4, 1.5m)]);
    }

    [Fact]
    public void A_table_without_rows_has_no_people()
    {
        var table = new SourceTable(Tickets, "t.csv", []);

        table.Count.ShouldBe(0);
        table.People.ShouldBeEmpty();
        table.Rows.ShouldBeEmpty();
        table.RowsOf("bob").Count.ShouldBe(0);
    }

    private const string Rules = """
        policy "T" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
        }
        source tickets "t.csv" {
          person = agent
          at = created
          created: datetime = created
          csat: int? = csat
          contacts: int = contacts
        }
        metric fcr { value share(contacts == 1) over tickets }
        metric sat { value mean(csat) over tickets }
        metric answered { value count() over tickets where csat != none }
        scorecard all { dimension d { fcr 40%, sat 30%, answered 30% } }
        """;

    [Fact]
    public void A_metric_reading_a_field_that_was_not_kept_is_an_evaluation_error_naming_the_field()
    {
        var parsed = ScoreParser.Parse("t.score", Rules);
        parsed.Diagnostics.ShouldBeEmpty();
        var policy = PolicyBinder.Bind([parsed.Tree]);
        var source = policy.Sources["tickets"];
        source.Fields.Select(f => f.Name).ShouldBe(["created", "csat", "contacts", "person"]);
        // Loaded for rules that do not read csat.
        var table = new SourceTable(source, "t.csv",
        [
            new DataRecord(2, [Utc(2026, 3, 2, 9, 0), 5m, 1m, "ann"]),
            new DataRecord(3, [Utc(2026, 3, 3, 9, 0), 4m, 2m, "ann"]),
        ], keptFields: new HashSet<string> { "created", "contacts" });

        var result = PolicyEvaluator.Evaluate(new EvaluationInput(policy, new Dictionary<string, SourceTable> { ["tickets"] = table },
            AppraisalPeriod.Parse("2026-03")));

        var ann = result.People.Single();
        var metrics = ann.Metrics.ToDictionary(m => m.Id);
        metrics["fcr"].Value.ShouldBe(0.5m); // 1 of 2 tickets with one contact: contacts was kept
        metrics["sat"].Status.ShouldBe(ValueStatus.Error);
        metrics["answered"].Status.ShouldBe(ValueStatus.Error); // `csat != none` asks the column too
        // Each error is at the name csat in its metric (line and column 1-based).
        var lines = Rules.Split('\n');
        var satLine = Array.FindIndex(lines, l => l.StartsWith("metric sat", StringComparison.Ordinal));
        var answeredLine = Array.FindIndex(lines, l => l.StartsWith("metric answered", StringComparison.Ordinal));
        var sat = $"t.score:{satLine + 1}:{lines[satLine].IndexOf("csat", StringComparison.Ordinal) + 1}";
        var answered = $"t.score:{answeredLine + 1}:{lines[answeredLine].IndexOf("csat", StringComparison.Ordinal) + 1}";
        const string notKept = "the values of field `csat` of source `tickets` were not kept when its data was loaded";
        result.Errors.ShouldBe(
        [
            $"metric `answered`: {answered}: {notKept}",
            $"metric `sat`: {sat}: {notKept}",
        ]);
    }
}
