using System.Globalization;
using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Data.Columns;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Engine.Tests.Evaluation;

/// <summary>
/// The shortcuts of compiled row expressions: <c>field == none</c> / <c>!= none</c> answered from the column without
/// reading the value, and business time between date-times read unboxed. Each must give what the evaluator gives.
/// </summary>
public class RowExpressionFastPathTests
{
    private const string Rules = """
        policy "T" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
        }
        calendar office { hours mon..fri 09:00-18:00 }
        source tickets "t.csv" {
          person = agent
          at = created
          created: datetime? = created
          responded: datetime? = responded
          contacts: int? = contacts
          channel: text? = channel
        }
        metric a { value count() over tickets where responded == none }
        metric b { value count() over tickets where none != responded }
        metric c { value count() over tickets where contacts == none }
        metric d { value count() over tickets where none == contacts }
        metric e { value count() over tickets where channel != none }
        metric f { value count() over tickets where channel == none or contacts != none }
        metric g { value sum(work_minutes(created, responded, office)) over tickets }
        metric h { value sum(work_hours(responded, created, office)) over tickets }
        """;

    private static Instant Utc(int day, int hour, int minute) => Instant.FromUtc(2026, 3, day, hour, minute);

    // Rows (2026-03-02 is a Monday; office hours 09:00-18:00 UTC):
    //   2: 02 09:00 → 02 09:10, 1 contact, phone   work_minutes 10
    //   3: 02 10:00 → (none),   (none),    (none)  work_minutes none
    //   4: (none)   → 03 09:00, 0 contacts, ""     work_minutes none
    //   5: 06 17:30 → 09 09:30, 2000,      chat    Fri 17:30-18:00 + Mon 09:00-09:30 = 60
    private static object?[][] Values(bool fineResponded) =>
    [
        [Utc(2, 9, 0), Utc(2, 9, 10), 1m, "phone", "ann"],
        [Utc(2, 10, 0), null, null, null, "ann"],
        [null, Utc(3, 9, 0), 0m, "", "ann"],
        // With fineResponded, a response 1 ns after the minute: the column of responded then holds objects.
        [Utc(6, 17, 30), fineResponded ? Utc(9, 9, 30).PlusNanoseconds(1) : Utc(9, 9, 30), 2000m, "chat", "ann"],
    ];

    private static (PolicyModel Policy, SourceTable Table) Load(bool fineResponded, IReadOnlySet<string>? kept = null)
    {
        var parsed = ScoreParser.Parse("t.score", Rules);
        parsed.Diagnostics.ShouldBeEmpty();
        var policy = PolicyBinder.Bind([parsed.Tree]);
        var source = policy.Sources["tickets"];
        source.Fields.Select(f => f.Name).ShouldBe(["created", "responded", "contacts", "channel", "person"]);
        var rows = Values(fineResponded).Select((v, i) => new DataRecord(i + 2, v));
        return (policy, new SourceTable(source, "t.csv", rows, keptFields: kept));
    }

    // What `where` gives on each row, by compiled expression and by the evaluator.
    private static (List<string> Compiled, List<string> Evaluated) Both(PolicyModel policy, SourceTable table, Func<AggregateExpr, Expr> part, string metric)
    {
        var input = new EvaluationInput(policy, new Dictionary<string, SourceTable> { ["tickets"] = table }, AppraisalPeriod.Parse("2026-03"));
        var context = new PersonContext(input, "ann", input.Period, _ => throw new InvalidOperationException("no other period"), new DataWarnings());
        var expr = part((AggregateExpr)policy.Metric(metric)!.Value!);
        var compiled = new RowExpressions().For(expr, table);
        var fromCompiled = new List<string>();
        var fromEvaluator = new List<string>();
        for (var position = 0; position < table.Count; position++)
        {
            context.CurrentRow = (table, position);
            fromEvaluator.Add(Outcome(() => ExpressionEvaluator.Evaluate(expr, context)));
            fromCompiled.Add(Outcome(() => compiled(context, position)));
            context.CurrentRow = null;
        }
        return (fromCompiled, fromEvaluator);
    }

    private static string Outcome(Func<object?> evaluate)
    {
        try
        {
            var value = evaluate();
            return value is null ? "null" : $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}";
        }
        catch (EvaluationException e)
        {
            return $"error {e.Location}: {e.Message}";
        }
    }

    private const string T = "Boolean True", F = "Boolean False";

    [Theory]
    [InlineData("a", false, new[] { F, T, F, F })]   // responded == none: only row 3 has none
    [InlineData("b", false, new[] { T, F, T, T })]
    [InlineData("c", false, new[] { F, T, F, F })]   // contacts == none: row 3 (0 is a value)
    [InlineData("d", false, new[] { F, T, F, F })]
    [InlineData("e", false, new[] { T, F, T, T })]   // channel != none: an empty text read as a value is not none
    [InlineData("f", false, new[] { T, T, T, T })]   // row 3: channel == none; others: contacts != none
    [InlineData("a", true, new[] { F, T, F, F })]    // the same with responded stored as objects
    [InlineData("b", true, new[] { T, F, T, T })]
    public void None_tests_give_what_the_evaluator_gives(string metric, bool fineResponded, string[] expected)
    {
        var (policy, table) = Load(fineResponded);
        var responded = table.ColumnOf(table.FieldIndex("responded"))!;
        if (fineResponded) responded.ShouldBeOfType<ObjectColumn>();
        else responded.ShouldBeOfType<TypedColumn<long, InstantTicks>>();
        table.ColumnOf(table.FieldIndex("contacts")).ShouldBeOfType<TypedColumn<int, WholeNumber>>();

        var (compiled, evaluated) = Both(policy, table, a => a.Where!, metric);

        evaluated.ShouldBe(expected);
        compiled.ShouldBe(evaluated);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Business_time_between_date_times_with_one_empty_is_none(bool fineResponded)
    {
        var (policy, table) = Load(fineResponded);

        var (minutes, evaluatedMinutes) = Both(policy, table, a => a.Arguments[0], "g");
        var (hours, evaluatedHours) = Both(policy, table, a => a.Arguments[0], "h");

        // Row 5 with fineResponded ends 1 ns later: 60 minutes and a nanosecond, 1/60,000,000,000 of a minute.
        var lastMinutes = fineResponded ? (decimal)Duration.FromMinutes(60).Plus(Duration.FromNanoseconds(1)).TotalMinutes : 60m;
        evaluatedMinutes.ShouldBe(["Decimal 10", "null", "null", $"Decimal {lastMinutes.ToString(CultureInfo.InvariantCulture)}"]);
        minutes.ShouldBe(evaluatedMinutes);
        // work_hours(responded, created): an end before its start counts 0 (row 2: 09:10 → 09:00; row 5 backwards too).
        evaluatedHours.ShouldBe(["Decimal 0", "null", "null", "Decimal 0"]);
        hours.ShouldBe(evaluatedHours);
    }

    [Fact]
    public void A_none_test_on_a_field_not_kept_is_the_same_error_as_the_evaluators()
    {
        var (policy, table) = Load(fineResponded: false, kept: new HashSet<string> { "created", "contacts" });

        var (compiled, evaluated) = Both(policy, table, a => a.Where!, "a");
        var (minutes, evaluatedMinutes) = Both(policy, table, a => a.Arguments[0], "g");

        evaluated.ShouldAllBe(o => o.Contains("the values of field `responded` of source `tickets` were not kept"));
        compiled.ShouldBe(evaluated);
        // Rows 2, 3, 5 have a start, so responded is read; row 4 has none and the evaluator still reads responded.
        evaluatedMinutes.ShouldAllBe(o => o.Contains("the values of field `responded` of source `tickets` were not kept"));
        minutes.ShouldBe(evaluatedMinutes);
    }
}
