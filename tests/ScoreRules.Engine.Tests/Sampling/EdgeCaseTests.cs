using NodaTime;
using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>The edge cases every example holds (see examples/*/README.md), found in the data as loaded.</summary>
public abstract class EdgeCaseChecks(GeneratedExample example, string surveys, string csat)
{
    protected GeneratedExample Example => example;

    protected DateTimeZone Zone => ShippedPolicies.Zone(example.Versions[0]);

    protected IEnumerable<(string Person, T Value)> Rows<T>(string source, string field)
    {
        var table = example.Table(source);
        var person = table.FieldIndex(table.Source.PersonField);
        var index = table.FieldIndex(field);
        return table.Rows.Select(r => ((string)r.Values[person]!, (T)r.Values[index]!));
    }

    protected static YearMonth MonthOf(object value, DateTimeZone zone) => value switch
    {
        Instant i => i.InZone(zone).Date.ToYearMonth(),
        LocalDate d => d.ToYearMonth(),
        _ => throw new InvalidOperationException($"not a time: {value}"),
    };

    [Fact]
    public void Someone_has_no_tickets_in_one_month_but_has_tickets_in_the_others()
    {
        var months = Rows<Instant>("tickets", "created").Select(r => (r.Person, Month: MonthOf(r.Value, Zone))).Distinct().ToList();
        var allMonths = months.Select(m => m.Month).Distinct().ToList();
        var people = months.Select(m => m.Person).Distinct().ToList();

        var gaps = people.Where(p => months.Count(m => m.Person == p) == allMonths.Count - 1).ToList();

        gaps.Count.ShouldBe(1);
        example.Data.Notes.ShouldContain(n => n.Contains($"({gaps[0]}) is away for all of 2026-02"));
    }

    [Fact]
    public void Every_month_has_surveys_without_a_csat_answer()
    {
        var table = example.Table(surveys);
        var at = table.FieldIndex(table.Source.AtField!);
        var answer = table.FieldIndex(csat);
        var byMonth = table.Rows.GroupBy(r => MonthOf(r.Values[at]!, Zone)).ToList();

        byMonth.Count.ShouldBe(ShippedPolicies.ExampleOptions(ExampleName).Months);
        byMonth.ShouldAllBe(g => g.Any(r => r.Values[answer] == null));
    }

    [Fact]
    public void A_rater_disagreement_two_levels_apart_is_there()
    {
        var table = example.Table("ratings");
        int F(string name) => table.FieldIndex(name);
        var apart = table.Rows
            .GroupBy(r => ((string)r.Values[F(table.Source.PersonField)]!, (string)r.Values[F("item")]!, ((LocalDate)r.Values[F("rated")]!).ToYearMonth()))
            .Select(g => g.Max(r => (decimal)r.Values[F("level")]!) - g.Min(r => (decimal)r.Values[F("level")]!))
            .ToList();

        apart.ShouldContain(2m);
    }

    [Fact]
    public void A_person_claims_more_approved_innovation_points_than_the_cap_in_a_month()
    {
        var table = example.Table("bonus_claims");
        int F(string name) => table.FieldIndex(name);
        var totals = table.Rows
            .Where(r => (string?)r.Values[F("kind")] == "innovation" && r.Values[F("approved")] is true)
            .GroupBy(r => ((string)r.Values[F(table.Source.PersonField)]!, ((LocalDate)r.Values[F("decided")]!).ToYearMonth()))
            .ToDictionary(g => g.Key, g => g.Sum(r => (decimal)r.Values[F("points")]!));

        // Q1 caps innovation at 5 (bank and acme): claims worth 4 + 3 = 7 in January.
        totals.Where(t => t.Key.Item2 == new YearMonth(2026, 1)).Select(t => t.Value).ShouldContain(7m);
    }

    protected abstract string ExampleName { get; }
}

[Collection(BankExampleCollection.Name)]
public class BankEdgeCaseTests(BankExample example) : EdgeCaseChecks(example, "問卷", "滿意度")
{
    protected override string ExampleName => ShippedPolicies.Bank;

    [Fact]
    public void Tickets_are_created_on_every_day_of_the_lunar_new_year_holiday()
    {
        var days = Rows<Instant>("tickets", "created").Select(r => r.Value.InZone(Zone).Date).ToHashSet();

        for (var day = new LocalDate(2026, 2, 16); day <= new LocalDate(2026, 2, 20); day = day.PlusDays(1))
            days.ShouldContain(day);
    }
}

[Collection(AcmeExampleCollection.Name)]
public class AcmeEdgeCaseTests(AcmeExample example) : EdgeCaseChecks(example, "surveys", "csat")
{
    protected override string ExampleName => ShippedPolicies.Acme;

    // Europe/London goes from GMT to BST at 01:00 GMT on Sunday 29 March 2026.
    private static readonly Instant ClockChange = Instant.FromUtc(2026, 3, 29, 1, 0);

    [Fact]
    public void Tickets_span_the_change_to_summer_time()
    {
        var created = Example.Values("tickets", "created");
        var resolved = Example.Values("tickets", "resolved");
        var spanning = created.Zip(resolved).Where(p => (Instant)p.First! < ClockChange && p.Second is Instant r && r > ClockChange).ToList();

        spanning.Count.ShouldBeGreaterThanOrEqualTo(2);
        spanning.ShouldContain(p => ClockChange - (Instant)p.First! <= Duration.FromHours(1), "one is created in the last hour before the change");
    }

    [Fact]
    public void Both_versions_have_months_of_data_and_q2_claims_its_own_bonus()
    {
        var months = Rows<Instant>("tickets", "created").Select(r => MonthOf(r.Value, Zone)).Distinct().Order().ToList();
        months.ShouldBe(Enumerable.Range(1, 6).Select(m => new YearMonth(2026, m)));

        // knowledge_champion exists only from 2026-Q2 (April).
        var kinds = Rows<string>("bonus_claims", "kind").Zip(Rows<LocalDate>("bonus_claims", "decided"), (k, d) => (k.Value, d.Value)).ToList();
        kinds.Where(k => k.Item1 == "knowledge").ShouldAllBe(k => k.Item2 >= new LocalDate(2026, 4, 1));
        kinds.ShouldContain(k => k.Item1 == "knowledge");
    }

    [Fact]
    public void The_q2_innovation_cap_of_3_is_exceeded_in_april()
    {
        var table = Example.Table("bonus_claims");
        int F(string name) => table.FieldIndex(name);
        var april = table.Rows
            .Where(r => (string?)r.Values[F("kind")] == "innovation" && r.Values[F("approved")] is true
                && ((LocalDate)r.Values[F("decided")]!).ToYearMonth() == new YearMonth(2026, 4))
            .GroupBy(r => (string)r.Values[F(table.Source.PersonField)]!)
            .Select(g => g.Sum(r => (decimal)r.Values[F("points")]!));

        // Claims worth 3 + 2 = 5 over the cap of 3.
        april.ShouldContain(5m);
    }
}
