using System.Text;
using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class ValueMemoTests
{
    private static readonly Dictionary<string, object?> Satisfaction = new() { ["good"] = 5m, ["poor"] = 1m, ["no answer"] = null };

    [Fact]
    public void A_text_added_is_found_by_span_and_gives_the_same_object()
    {
        var memo = new ValueMemo();
        object boxed = 42m;

        memo.TryGet("42".AsSpan(), out _).ShouldBeFalse();
        memo.Add("42", boxed);

        memo.TryGet("x42".AsSpan(1), out var found).ShouldBeTrue();
        found.ShouldBeSameAs(boxed);
        memo.TryGet("42 ".AsSpan(), out _).ShouldBeFalse(); // keyed by the text exactly as written
    }

    [Fact]
    public void A_column_without_repeats_switches_the_memo_off_after_the_trial()
    {
        var memo = new ValueMemo();
        for (var i = 0; i < ValueMemo.TrialLookups; i++)
        {
            memo.IsOn.ShouldBeTrue();
            memo.TryGet($"T{i}", out _).ShouldBeFalse();
            memo.Add($"T{i}", $"T{i}");
        }

        memo.IsOn.ShouldBeFalse();
        memo.Count.ShouldBe(0);
        memo.Add("T0", "T0");
        memo.TryGet("T0", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_full_memo_with_enough_hits_starts_over()
    {
        var memo = new ValueMemo();
        // Every text is looked up twice: half the lookups hit, well above one in eight.
        for (var i = 0; i < ValueMemo.Capacity; i++)
        {
            memo.TryGet($"{i}", out _).ShouldBeFalse();
            memo.Add($"{i}", i);
            memo.TryGet($"{i}", out _).ShouldBeTrue();
        }
        memo.Count.ShouldBe(ValueMemo.Capacity);

        memo.TryGet("new", out _).ShouldBeFalse();
        memo.Add("new", -1);

        memo.IsOn.ShouldBeTrue();
        memo.Count.ShouldBe(1);
        memo.TryGet("0", out _).ShouldBeFalse();
        memo.TryGet("new", out var found).ShouldBeTrue();
        found.ShouldBe(-1);
    }

    [Fact]
    public void A_full_memo_with_few_hits_switches_off()
    {
        var memo = new ValueMemo();
        // The trial passes (every text of the first 4096 lookups is looked up twice), then texts stop
        // repeating: 2048 hits in 4096 + (65536 - 2048) lookups is fewer than one in eight.
        for (var i = 0; i < ValueMemo.TrialLookups / 2; i++)
        {
            memo.TryGet($"{i}", out _);
            memo.Add($"{i}", i);
            memo.TryGet($"{i}", out _).ShouldBeTrue();
        }
        for (var i = ValueMemo.TrialLookups / 2; i < ValueMemo.Capacity; i++)
        {
            memo.TryGet($"{i}", out _).ShouldBeFalse();
            memo.Add($"{i}", i);
        }
        memo.IsOn.ShouldBeTrue();

        memo.TryGet("last", out _).ShouldBeFalse();
        memo.Add("last", 0);

        memo.IsOn.ShouldBeFalse();
        memo.Count.ShouldBe(0);
    }

    [Fact]
    public void Repeated_cells_read_to_equal_values_shared_between_rows()
    {
        var source = Source("t.csv",
        [
            Field("id", FieldType.Text), Field("agent", FieldType.Text), Field("created", FieldType.DateTime),
            Field("contacts", FieldType.Int), Field("escalated", FieldType.Bool), Field("csat", FieldType.Int, optional: true, map: Satisfaction),
        ], key: "id");
        var text = "id,agent,created,contacts,escalated,csat\n" +
                   "T1,A7,2026-03-02 09:05,2,yes,good\n" +
                   "T2,A7,2026-03-02 09:05,2,yes,good\n" +
                   "T3,A7,2026-03-02 09:05,2,yes,no answer\n";

        var (records, context) = LoadText(source, text, "Asia/Taipei");

        context.Diagnostics.ShouldBeEmpty();
        records.Count.ShouldBe(3);
        // 09:05 in Taipei (UTC+8, no daylight saving) is 01:05 UTC.
        var created = Utc(2026, 3, 2, 1, 5);
        for (var i = 0; i < 3; i++)
            records[i].Values.ShouldBe([$"T{i + 1}", "A7", created, 2m, true, i < 2 ? 5m : null]);
        for (var f = 1; f < 5; f++)
            records[1].Values[f].ShouldBeSameAs(records[0].Values[f]);
    }

    [Fact]
    public void A_bad_value_repeated_in_several_rows_is_reported_at_each_row()
    {
        var source = Source("t.csv",
        [
            Field("id", FieldType.Text), Field("contacts", FieldType.Int) with { Minimum = 0m, Maximum = 9m },
            Field("created", FieldType.DateTime), Field("csat", FieldType.Int, optional: true, map: Satisfaction),
        ], key: "id");
        var text = "id,contacts,created,csat\n" +
                   "T1,two,2026-03-02 09:05,good\n" +     // row 2: contacts not a whole number
                   "T2,2,2026-03-02 09:05,good\n" +
                   "T3,two,2026-02-30 09:05,meh\n" +      // row 4: contacts, created (no 30 February), csat unknown
                   "T4,two,2026-02-30 09:05,meh\n" +      // row 5: the same three again
                   "T5,12,2026-03-02 09:05,good\n" +      // row 6: out of range
                   "T6,12,2026-03-02 09:05,good\n";       // row 7: out of range again

        var (records, context) = LoadText(source, text);

        records.Select(r => r.Row).ShouldBe([3]);
        context.Diagnostics.Select(d => (d.Row, d.Column, d.Code)).ShouldBe(
        [
            (2, 2, "SD001"),
            (4, 2, "SD001"), (4, 3, "SD001"), (4, 4, "SD003"),
            (5, 2, "SD001"), (5, 3, "SD001"), (5, 4, "SD003"),
            (6, 2, "SD011"),
            (7, 2, "SD011"),
        ]);
        context.Diagnostics.ShouldAllBe(d => d.IsError);
        context.Diagnostics[4].Message.ShouldBe(context.Diagnostics[1].Message);
        context.ErrorCount.ShouldBe(9);
    }

    [Fact]
    public void A_repeated_bad_value_is_counted_at_each_row_when_skipped()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("csat", FieldType.Int, map: Satisfaction)], skip: true);
        var text = "id,csat\nS1,meh\nS2,good\nS3,meh\nS4,meh\nS5,\n";

        var (records, context) = LoadText(source, text);

        records.Select(r => r.Values[0]).ShouldBe(["S2"]);
        context.Diagnostics.Select(d => (d.Row, d.Code, d.IsError)).ShouldBe(
            [(2, "SD003", false), (4, "SD003", false), (5, "SD003", false), (6, "SD004", false)]);
        context.SkippedRows["csat: unknown answer"].ShouldBe(3);
        context.SkippedRows["csat: value required"].ShouldBe(1);
        context.SkippedRecords.Select(s => s.Partial.Row).ShouldBe([2, 4, 5, 6]);
    }

    [Fact]
    public void A_column_of_unique_values_reads_every_value()
    {
        // More rows than the memo's trial, so the id column gives up on its memo part way through.
        const int rows = ValueMemo.TrialLookups * 2 + 17;
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("created", FieldType.DateTime), Field("n", FieldType.Number)], key: "id");
        var text = new StringBuilder("id,created,n\n");
        var start = new LocalDateTime(2026, 3, 1, 0, 0);
        for (var i = 0; i < rows; i++)
            text.Append($"T{i:D6},{start.PlusMinutes(i):uuuu'-'MM'-'dd HH':'mm},{i}.5\n");

        var (records, context) = LoadText(source, text.ToString());

        context.Diagnostics.ShouldBeEmpty();
        records.Count.ShouldBe(rows);
        for (var i = 0; i < rows; i++)
        {
            records[i].Row.ShouldBe(i + 2);
            records[i].Values[0].ShouldBe($"T{i:D6}");
            records[i].Values[1].ShouldBe(Utc(2026, 3, 1, 0, 0).Plus(Duration.FromMinutes(i)));
            records[i].Values[2].ShouldBe(i + 0.5m);
        }
    }

    [Fact]
    public void A_read_with_the_memo_equals_a_read_without_it()
    {
        // Enough rows for the timestamp column to fill the memo and start over; bad cells mixed in.
        var text = MixedFile(ValueMemo.Capacity + 20_000, seed: 20260302);
        foreach (var skip in new[] { false, true })
        {
            var source = Source("t.csv",
            [
                Field("id", FieldType.Text), Field("agent", FieldType.Text), Field("created", FieldType.DateTime),
                Field("responded", FieldType.DateTime, optional: true, format: "yyyy/M/d HH:mm"), Field("contacts", FieldType.Int) with { Minimum = 1m, Maximum = 8m },
                Field("score", FieldType.Number, optional: true), Field("escalated", FieldType.Bool), Field("csat", FieldType.Int, optional: true, map: Satisfaction),
                Field("due", FieldType.Date, optional: true),
            ], key: "id", skip: skip, missing: ["", "N/A"]);

            var (memoised, withMemo) = Read(source, text, memoize: true);
            var (plain, withoutMemo) = Read(source, text, memoize: false);

            (withoutMemo.ErrorCount + withoutMemo.WarningCount).ShouldBeGreaterThan(100); // the file does hold bad cells
            memoised.Count.ShouldBe(plain.Count);
            for (var i = 0; i < plain.Count; i++)
            {
                memoised[i].Row.ShouldBe(plain[i].Row);
                memoised[i].Values.ShouldBe(plain[i].Values);
            }
            withMemo.Diagnostics.ShouldBe(withoutMemo.Diagnostics);
            (withMemo.ErrorCount, withMemo.WarningCount, withMemo.OmittedDiagnostics, withMemo.RowsRead)
                .ShouldBe((withoutMemo.ErrorCount, withoutMemo.WarningCount, withoutMemo.OmittedDiagnostics, withoutMemo.RowsRead));
            withMemo.SkippedRows.ShouldBe(withoutMemo.SkippedRows);
            withMemo.SkippedRecords.Select(s => (s.Partial.Row, s.Reason)).ShouldBe(withoutMemo.SkippedRecords.Select(s => (s.Partial.Row, s.Reason)));
        }
    }

    private static (List<DataRecord> Records, ReadContext Context) Read(SourceModel source, string text, bool memoize)
    {
        var context = new ReadContext(DateTimeZoneProviders.Tzdb["America/New_York"]) { MemoizeValues = memoize };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return (DataLoader.Read(source, stream, context).ToList(), context);
    }

    /// <summary>A CSV file whose cells repeat often, with a few bad ones (about one cell in 500) in every column but the id.</summary>
    private static string MixedFile(int rows, int seed)
    {
        var random = new Random(seed);
        string Pick(params string[] options) => options[random.Next(options.Length)];
        string Bad(string good, params string[] bad) => random.Next(500) == 0 ? Pick(bad) : good;
        var text = new StringBuilder("id,agent,created,responded,contacts,score,escalated,csat,due\n");
        // Spans a daylight-saving change in New York (8 March 2026), so local times are resolved both ways.
        var start = new LocalDateTime(2026, 3, 6, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            var created = start.PlusMinutes(i);
            var responded = created.PlusMinutes(random.Next(600));
            text.Append(i % 1000 == 999 ? $"T{i - 1}" : $"T{i}").Append(',')
                .Append(Bad($"A{random.Next(300)}", "", " ")).Append(',')
                .Append(Bad(created.ToString(Pick("uuuu'-'MM'-'dd HH':'mm", "uuuu'-'MM'-'dd'T'HH':'mm':'ss", "uuuu'-'MM'-'dd"), null),
                    "2026-02-30 10:00", "2026-03-08T10:00:00+08:00", "yesterday", "N/A")).Append(',')
                .Append(Bad(random.Next(10) == 0 ? "" : responded.ToString("uuuu'/'M'/'d HH':'mm", null), "2026-03-08 10:00", "2026/3/8 25:00")).Append(',')
                .Append(Bad(Pick("1", "2", "3", " 2 ", "4.0"), "9", "0", "two", "2.5")).Append(',')
                .Append(Bad(Pick("", "N/A", "3.25", "-1e2", "0.5"), "1,5", "abc")).Append(',')
                .Append(Bad(Pick("true", "False", "Y", "no", "是", "0"), "maybe")).Append(',')
                .Append(Bad(Pick("good", "poor", "no answer", "", " GOOD "), "meh")).Append(',')
                .Append(Bad(Pick("2026-03-31", "", "2026-04-30"), "2026-04-31", "31/03/2026"))
                .Append('\n');
        }
        return text.ToString();
    }
}
