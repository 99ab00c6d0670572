using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Tests.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Data;

public class SourceTablePeriodTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Fields: at (datetime), person.
    private static readonly SourceModel Source = TestSources.Source("t.csv",
        [TestSources.Field("person", FieldType.Text), TestSources.Field("at", FieldType.DateTime, optional: true)]) with { AtField = "at" };

    private static DataRecord Row(int row, string person, Instant? at) => new(row, [person, at]);

    // Berlin is UTC+1 in winter and UTC+2 from 2026-03-29 03:00; each row's local date is in the comment.
    private static SourceTable Table() => new(Source, "t.csv",
    [
        // ann: in file order by date, so her periods are slices.
        Row(2, "ann", TestSources.Utc(2026, 2, 15, 12, 0)),  // 02-15
        Row(3, "ann", TestSources.Utc(2026, 2, 28, 23, 30)), // 03-01 00:30 CET: March, though February in UTC
        Row(4, "ann", TestSources.Utc(2026, 3, 29, 0, 30)),  // 03-29 01:30 CET, before the clocks go forward
        Row(5, "ann", TestSources.Utc(2026, 3, 29, 1, 30)),  // 03-29 03:30 CEST, after
        Row(6, "ann", TestSources.Utc(2026, 3, 31, 21, 59)), // 03-31 23:59 CEST
        Row(7, "ann", TestSources.Utc(2026, 3, 31, 22, 0)),  // 04-01 00:00 CEST: April, though March in UTC
        Row(8, "ann", TestSources.Utc(2026, 4, 20, 8, 0)),   // 04-20
        // bob: out of date order and with an empty date, so his periods are filtered.
        Row(9, "bob", TestSources.Utc(2026, 3, 10, 8, 0)),   // 03-10
        Row(10, "bob", TestSources.Utc(2026, 2, 10, 8, 0)),  // 02-10
        Row(11, "bob", null),                                // no date: in no period
        Row(12, "bob", TestSources.Utc(2026, 3, 31, 22, 30)),// 04-01 00:30 CEST
        Row(13, "bob", TestSources.Utc(2026, 3, 1, 8, 0)),   // 03-01
    ]);

    [Theory]
    [InlineData("ann", "2026-02", new[] { 2 })]
    [InlineData("ann", "2026-03", new[] { 3, 4, 5, 6 })]
    [InlineData("ann", "2026-04", new[] { 7, 8 })]
    [InlineData("ann", "2026-Q1", new[] { 2, 3, 4, 5, 6 })]
    [InlineData("ann", "2026-W13", new[] { 4, 5 })]        // Mon 03-23 .. Sun 03-29
    [InlineData("ann", "2026-05", new int[0])]
    [InlineData("ann", "2025-12", new int[0])]
    [InlineData("bob", "2026-03", new[] { 9, 13 })]
    [InlineData("bob", "2026-02", new[] { 10 })]
    [InlineData("bob", "2026-04", new[] { 12 })]
    [InlineData("carl", "2026-03", new int[0])]
    public void Rows_in_a_period_are_the_rows_whose_local_date_falls_in_it(string person, string period, int[] rows)
    {
        var table = Table();

        var sliced = table.RowsInPeriod(person, "at", Berlin, AppraisalPeriod.Parse(period));

        sliced.Select(r => r.Row).ShouldBe(rows);
    }

    [Fact]
    public void Rows_in_a_period_are_the_same_as_filtering_each_row_by_its_date()
    {
        var table = Table();
        var periods = new[] { "2026-01", "2026-02", "2026-03", "2026-04", "2026-Q1", "2026-Q2", "2026", "2026-W09", "2026-W13", "2026-W14" };
        foreach (var person in new[] { "ann", "bob" })
        foreach (var zone in new[] { Berlin, DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["America/New_York"] })
        foreach (var text in periods)
        {
            var period = AppraisalPeriod.Parse(text);
            var filtered = table.RowsOf(person).Where(r => table.InPeriod(r, "at", zone, period)).Select(r => r.Row).ToList();

            table.RowsInPeriod(person, "at", zone, period).Select(r => r.Row).ShouldBe(filtered, $"{person} {zone.Id} {text}");
        }
    }

    [Fact]
    public void A_slice_reads_like_a_list()
    {
        var march = Table().RowsInPeriod("ann", "at", Berlin, AppraisalPeriod.Parse("2026-03"));

        march.Count.ShouldBe(4);
        march[0].Row.ShouldBe(3);
        march[3].Row.ShouldBe(6);
        Should.Throw<ArgumentOutOfRangeException>(() => march[4]);
        march.ToList().Select(r => r.Row).ShouldBe([3, 4, 5, 6]);
    }

    // Whether a person's dates never decrease is worked out in one pass over the whole table, so people's rows are
    // interleaved here: dan's own dates rise although the rows between them (eve's) are earlier, eve's fall once,
    // and fay's last date is empty. A row without a person belongs to nobody.
    private static SourceTable Interleaved() => new(Source, "t.csv",
    [
        Row(2, "dan", TestSources.Utc(2026, 3, 1, 8, 0)),   // dan 03-01
        Row(3, "eve", TestSources.Utc(2026, 3, 20, 8, 0)),  // eve 03-20
        Row(4, "fay", TestSources.Utc(2026, 2, 1, 8, 0)),   // fay 02-01
        Row(5, "dan", TestSources.Utc(2026, 3, 31, 8, 0)),  // dan 03-31
        Row(6, "eve", TestSources.Utc(2026, 2, 20, 8, 0)),  // eve 02-20: before her 03-20
        Row(7, "fay", TestSources.Utc(2026, 3, 5, 8, 0)),   // fay 03-05
        new DataRecord(8, [null, TestSources.Utc(2026, 1, 1, 8, 0)]),
        Row(9, "dan", TestSources.Utc(2026, 4, 2, 8, 0)),   // dan 04-02
        Row(10, "eve", TestSources.Utc(2026, 3, 25, 8, 0)), // eve 03-25
        Row(11, "fay", null),                               // fay: no date
    ]);

    [Theory]
    [InlineData("dan", "2026-03", new[] { 2, 5 })]
    [InlineData("dan", "2026-04", new[] { 9 })]
    [InlineData("eve", "2026-03", new[] { 3, 10 })]
    [InlineData("eve", "2026-02", new[] { 6 })]
    [InlineData("fay", "2026-02", new[] { 4 })]
    [InlineData("fay", "2026-03", new[] { 7 })]
    public void Interleaved_people_each_get_the_rows_of_their_own_dates(string person, string period, int[] rows)
    {
        var table = Interleaved();

        table.RowsInPeriod(person, "at", Berlin, AppraisalPeriod.Parse(period)).Select(r => r.Row).ShouldBe(rows);
        // The same rows as checking each of the person's rows by its date, in both zones asked of the one table.
        var utc = AppraisalPeriod.Parse(period);
        table.RowsInPeriod(person, "at", DateTimeZone.Utc, utc).Select(r => r.Row)
            .ShouldBe(table.RowsOf(person).Where(r => table.InPeriod(r, "at", DateTimeZone.Utc, utc)).Select(r => r.Row));
    }

    [Fact]
    public void A_field_the_source_does_not_have_places_no_row()
    {
        Table().RowsInPeriod("ann", "resolved", Berlin, AppraisalPeriod.Parse("2026-03")).ShouldBeEmpty();
    }
}
