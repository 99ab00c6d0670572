using NodaTime;
using ScoreRules.Language.Model;
using static ScoreRules.Engine.Tests.Data.TestSources;

namespace ScoreRules.Engine.Tests.Data;

public class TypingTests
{
    [Fact]
    public void Numbers_are_invariant_with_an_optional_sign()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("x", FieldType.Number), Field("n", FieldType.Int)]);

        var (records, context) = LoadText(source, "id,x,n\nA,+4.5,-2\nB, -0.25 ,+7\nC,3,3.0\nD,.5,1e3\n");

        context.Diagnostics.ShouldBeEmpty();
        records.Select(r => (r.Values[1], r.Values[2])).ShouldBe([(4.5m, -2m), (-0.25m, 7m), (3m, 3m), (0.5m, 1000m)]);
    }

    [Fact]
    public void Thousands_separators_and_fractions_in_whole_numbers_are_rejected_with_a_reason()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("x", FieldType.Number, "Amount"), Field("n", FieldType.Int, "Count")]);

        var (records, context) = LoadText(source, "id,Amount,Count\nA,\"1,234\",2.5\n");

        records.ShouldBeEmpty();
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "t.csv:2:2: error SD001: \"1,234\" is not a number (field x, column \"Amount\"); write numbers without thousands separators and with a dot for decimals",
            "t.csv:2:3: error SD001: \"2.5\" is not a whole number (field n, column \"Count\")",
        ]);
    }

    [Fact]
    public void Booleans_accept_english_words_letters_digits_and_chinese_in_any_case()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("b", FieldType.Bool)]);

        var (records, context) = LoadText(source, "id,b\n1,true\n2,FALSE\n3,Yes\n4,no\n5,Y\n6,n\n7,1\n8,0\n9,是\n10,否\n11,maybe\n");

        records.Select(r => r.Values[1]).ShouldBe([true, false, true, false, true, false, true, false, true, false]);
        context.Diagnostics.Single().Message.ShouldBe(
            "\"maybe\" is not true or false (field b, column \"b\"); accepted: true/false, yes/no, y/n, 1/0, 是/否");
    }

    [Fact]
    public void Dates_read_iso_by_default_or_the_fields_format()
    {
        var source = Source("t.csv", [Field("iso", FieldType.Date), Field("dmy", FieldType.Date, format: "dd/MM/yyyy")]);

        var (records, context) = LoadText(source, "iso,dmy\n2026-03-02,7/3/2026\n2026-02-30,31/12/2025\n");

        records.Single().Values.ShouldBe([new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 7)]);
        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:3:1: error SD001: \"2026-02-30\" is not a date: 2026-02-30 does not exist (field iso, column \"iso\")");
    }

    [Fact]
    public void Day_month_year_format_reads_hours_with_or_without_a_leading_zero_in_the_policy_zone()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("opened", FieldType.DateTime, "opened_at", format: "d/M/yyyy HH:mm")]);

        var (records, context) = LoadText(source, "id,opened_at\nA,3/1/2016 9:05\nB,29/2/2016 01:16\nC,13/13/2016 10:00\n", "Asia/Shanghai");

        // Shanghai is UTC+8 all year: 3 Jan 2016 09:05 local is 01:05 UTC; 29 Feb 2016 01:16 local is 28 Feb 17:16 UTC.
        records.Select(r => r.Values[1]).ShouldBe([Utc(2016, 1, 3, 1, 5), Utc(2016, 2, 28, 17, 16)]);
        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:4:2: error SD001: \"13/13/2016 10:00\" is not a date and time in the form d/M/yyyy HH:mm (field opened, column \"opened_at\")");
    }

    [Fact]
    public void A_day_the_month_does_not_have_is_named_as_such()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("opened", FieldType.DateTime, "opened_at", format: "d/M/yyyy HH:mm"),
            Field("closed", FieldType.DateTime, "closed_at", optional: true)]);

        // 2026 is not a leap year, so it has no 29 February; April has 30 days.
        var (_, context) = LoadText(source, "id,opened_at,closed_at\nA,29/2/2026 09:00,\nB,1/3/2026 09:00,2026-04-31 10:00\n", "Asia/Shanghai");

        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "t.csv:2:2: error SD001: \"29/2/2026 09:00\" is not a date and time: 2026-02-29 does not exist (field opened, column \"opened_at\")",
            "t.csv:3:3: error SD001: \"2026-04-31 10:00\" is not a date and time: 2026-04-31 does not exist (field closed, column \"closed_at\")",
        ]);
    }

    [Fact]
    public void Hour_24_is_midnight_at_the_end_of_the_day()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("opened", FieldType.DateTime, "opened_at", format: "d/M/yyyy HH:mm")]);

        var (records, context) = LoadText(source, "id,opened_at\nA,31/3/2026 24:00\n", "Asia/Shanghai");

        // 31 March 24:00 is 1 April 00:00 local, UTC+8: 31 March 16:00 UTC.
        context.Diagnostics.ShouldBeEmpty();
        records.Single().Values[1].ShouldBe(Utc(2026, 3, 31, 16, 0));
    }

    [Fact]
    public void Offsets_give_the_same_instant_as_naive_local_times_on_both_sides_of_a_daylight_saving_change()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("at", FieldType.DateTime)]);
        // Berlin moves from +01:00 to +02:00 on 2026-03-29 at 02:00.
        const string text = "id,at\n" +
                            "winter-offset,2026-03-28T10:00:00+01:00\n" +
                            "winter-local,2026-03-28 10:00\n" +
                            "winter-utc,2026-03-28T09:00Z\n" +
                            "summer-offset,2026-03-30T10:00:00+02:00\n" +
                            "summer-local,2026-03-30T10:00\n" +
                            "gap-local,2026-03-29 02:30\n" +
                            "fraction,2026-03-30T10:00:00.250+02:00\n" +
                            "hour-offset,2026-03-30T10:00+02\n" +
                            "date-only,2026-03-30\n";

        var (records, context) = LoadText(source, text, "Europe/Berlin");

        context.Diagnostics.ShouldBeEmpty();
        var winter = Utc(2026, 3, 28, 9, 0);
        var summer = Utc(2026, 3, 30, 8, 0);
        records.Select(r => r.Values[1]).ShouldBe([
            winter, winter, winter, summer, summer,
            Utc(2026, 3, 29, 1, 30), // 02:30 does not exist that night; it is read as 03:30 CEST
            summer + Duration.FromMilliseconds(250),
            summer,
            Utc(2026, 3, 29, 22, 0), // midnight starting 30 March, summer time
        ]);
    }

    [Fact]
    public void Missing_markers_are_compared_trimmed_and_ignoring_case()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("csat", FieldType.Number, optional: true)], missing: ["", "?", "N/A"]);

        var (records, context) = LoadText(source, "id,csat\nA,?\nB,N/A\nC, n/a \nD,\nE,4\n");

        context.Diagnostics.ShouldBeEmpty();
        records.Select(r => r.Values[1]).ShouldBe([null, null, null, null, 4m]);
    }

    [Fact]
    public void Missing_marker_in_a_required_field_is_value_required()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("created", FieldType.DateTime, "created_at")], missing: ["?"]);

        var (records, context) = LoadText(source, "id,created_at\nA,?\nB,\n");

        records.ShouldBeEmpty();
        context.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "t.csv:2:2: error SD004: a value is required (field created, column \"created_at\"), but \"?\" means \"no value\"; add ? after the type (created: datetime?) if it may be empty",
            "t.csv:3:2: error SD004: a value is required (field created, column \"created_at\"), but the cell is empty; add ? after the type (created: datetime?) if it may be empty",
        ]);
    }

    [Fact]
    public void Categorical_map_matches_exactly_then_trimmed_then_ignoring_case_and_names_unknown_answers()
    {
        var map = new Dictionary<string, object?> { ["Good"] = 5m, ["Poor"] = 1m };
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("rating", FieldType.Int, "Rating", optional: true, map: map)], missing: ["", "N/A"]);

        var (records, context) = LoadText(source, "id,Rating\nA,Good\nB, Poor \nC,GOOD\nD,N/A\nE,Excellent\n");

        records.Select(r => r.Values[1]).ShouldBe([5m, 1m, 5m, null]);
        context.Diagnostics.Single().ToString().ShouldBe(
            "t.csv:6:2: error SD003: \"Excellent\" is not one of the answers of field rating (column \"Rating\"); the answers are: \"Good\", \"Poor\"");
    }

    [Fact]
    public void Map_to_booleans_and_text()
    {
        var yesNo = new Dictionary<string, object?> { ["Y"] = true, ["N"] = false };
        var tier = new Dictionary<string, object?> { ["1"] = "tier1", ["2"] = "tier2" };
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("ok", FieldType.Bool, map: yesNo), Field("role", FieldType.Text, map: tier)]);

        var (records, context) = LoadText(source, "id,ok,role\nA,Y,2\nB,n,1\n");

        context.Diagnostics.ShouldBeEmpty();
        records.Select(r => (r.Values[1], r.Values[2])).ShouldBe([(true, "tier2"), (false, "tier1")]);
    }

    [Fact]
    public void Text_is_trimmed()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("agent", FieldType.Text)]);

        var (records, _) = LoadText(source, "id,agent\nA,\"  Resolver 17 \"\n");

        records.Single().Values[1].ShouldBe("Resolver 17");
    }

    [Fact]
    public void Unusable_date_format_is_a_setting_error()
    {
        var source = Source("t.csv", [Field("id", FieldType.Text), Field("d", FieldType.Date, format: "yyyy-MM-dd q")]);

        var (records, context) = LoadText(source, "id,d\nA,2026-01-01\n");

        records.ShouldBeEmpty();
        var d = context.Diagnostics.Single();
        (d.Code, d.IsError).ShouldBe(("SD010", true));
        d.Message.ShouldStartWith("the date format \"yyyy-MM-dd q\" of field d cannot be used");
    }
}
