using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Engine.Tests.Evaluation;

public class RowExpressionsTests
{
    // Each metric's where and arguments are row expressions; some fail on some rows (a text compared with a number,
    // division by zero, a field the source does not have), so errors are compared too.
    private const string Rules = """
        policy "T" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/Berlin"
        }
        calendar office { hours mon..fri 09:00-18:00 }
        source tickets "t.csv" {
          person = agent
          at = created
          created: datetime = created
          responded: datetime? = responded
          due: date? = due
          csat: number? = csat
          contacts: int = contacts
          channel: text? = channel
          vip: bool? = vip
        }
        metric m1 { value mean(csat) over tickets where csat != none and contacts <= 2 }
        metric m2 { value share(not (contacts > 1) or csat == none) over tickets }
        metric m3 { value count(channel) over tickets where channel in ["phone", "email", none] }
        metric m4 { value sum(csat * 2 / (contacts - 1) + -contacts) over tickets }
        metric m5 { value p90(work_minutes(created, responded, office)) over tickets where responded - created > 30 minutes }
        metric m6 { value mean(hours(created, responded)) over tickets where date(created) <= 2026-03-15 or due >= 2026-03-20 }
        metric m7 { value count() over tickets where channel > 3 }
        metric m8 { value share(vip) over tickets where vip == true or vip == false or vip == none }
        metric m9 { value ratio(csat, contacts) over tickets where created <= 2026-03-10 and (responded == none or responded > created) }
        metric m10 { value distinct(channel) over tickets where missing_field == 1 }
        metric m11 { value max(days(due, 2026-03-31)) over tickets where not vip }
        metric m12 { value min(csat) over tickets where m1 > 0 and csat > 0 }
        """;

    private static Instant Berlin(int day, int hour, int minute) => Timestamps.FromLocal(new LocalDateTime(2026, 3, day, hour, minute), "Europe/Berlin");

    [Fact]
    public void A_compiled_row_expression_gives_what_the_evaluator_gives_on_every_row()
    {
        var parsed = ScoreParser.Parse("t.score", Rules);
        parsed.Diagnostics.ShouldBeEmpty();
        var policy = PolicyBinder.Bind([parsed.Tree]);
        var source = policy.Sources["tickets"];
        source.Fields.Select(f => f.Name).ShouldBe(["created", "responded", "due", "csat", "contacts", "channel", "vip", "person"]);
        var table = new SourceTable(source, "t.csv",
        [
            new DataRecord(2, [Berlin(2, 9, 0), Berlin(2, 10, 0), new LocalDate(2026, 3, 25), 5m, 1m, "phone", true, "ann"]),
            new DataRecord(3, [Berlin(7, 10, 0), null, null, null, 2m, "chat", null, "ann"]),
            new DataRecord(4, [Berlin(10, 17, 50), Berlin(11, 9, 30), new LocalDate(2026, 3, 1), 3m, 1m, null, false, "ann"]),
            new DataRecord(5, [Berlin(20, 8, 0), Berlin(19, 8, 0), null, 4.5m, 0m, "email", true, "ann"]),
            new DataRecord(6, [Berlin(29, 1, 30), Berlin(30, 12, 0), new LocalDate(2026, 3, 31), 1m, 3m, "phone", false, "ann"]),
        ]);
        var input = new EvaluationInput(policy, new Dictionary<string, SourceTable> { ["tickets"] = table }, AppraisalPeriod.Parse("2026-03"));
        var context = new PersonContext(input, "ann", input.Period, _ => throw new InvalidOperationException("no other period"), new DataWarnings());
        var compiled = new RowExpressions();

        var compared = 0;
        var failures = 0;
        foreach (var metric in policy.Metrics)
        {
            var aggregate = (AggregateExpr)metric.Value!;
            foreach (var expr in aggregate.Arguments.Append(aggregate.Where).OfType<Expr>())
            foreach (var position in Enumerable.Range(0, table.Count))
            {
                context.CurrentRow = (table, position);
                var expected = Outcome(() => ExpressionEvaluator.Evaluate(expr, context));
                var actual = Outcome(() => compiled.For(expr, table)(context, position));
                context.CurrentRow = null;

                actual.ShouldBe(expected, $"metric {metric.Id}, row {table.RowNumberAt(position)}");
                compared++;
                if (expected.StartsWith("error", StringComparison.Ordinal)) failures++;
            }
        }

        compared.ShouldBe(5 * 22); // 5 rows × (12 arguments: ten metrics with one, ratio with two, count() with none; and 10 wheres)
        failures.ShouldBeGreaterThan(5);
    }

    // A value with its type, or the error with its location, so that 2 and 2.0, or two errors, are told apart.
    private static string Outcome(Func<object?> evaluate)
    {
        try
        {
            var value = evaluate();
            return value is null ? "null" : $"{value.GetType().Name} {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)}";
        }
        catch (EvaluationException e)
        {
            return $"error {e.Location}: {e.Message}";
        }
    }
}
