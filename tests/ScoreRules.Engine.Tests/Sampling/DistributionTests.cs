using NodaTime;

namespace ScoreRules.Engine.Tests.Sampling;

/// <summary>Sanity of the generated distributions, read back through the data loader like an evaluation reads them.</summary>
public abstract class DistributionChecks(GeneratedExample example, string surveys, string csat, string ces)
{
    [Fact]
    public void Most_tickets_are_created_on_weekdays_between_09_and_18_local_time()
    {
        var zone = ShippedPolicies.Zone(example.Versions[0]);
        var created = example.Values("tickets", "created").Cast<Instant>().Select(i => i.InZone(zone).LocalDateTime).ToList();

        var inHours = created.Count(t => t.DayOfWeek is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Friday && t.Hour >= 9 && t.Hour < 18);

        ((double)inHours / created.Count).ShouldBeGreaterThanOrEqualTo(0.60);
        created.Count(t => t.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday).ShouldBeGreaterThan(0, "a few tickets arrive at weekends");
    }

    [Fact]
    public void Csat_leans_high_with_some_questions_left_unanswered()
    {
        var answers = example.Values(surveys, csat);
        var given = answers.OfType<decimal>().ToList();

        given.Average().ShouldBeInRange(3.8m, 4.8m);
        ((double)(answers.Count - given.Count) / answers.Count).ShouldBeInRange(0.05, 0.30);
        given.Distinct().Order().ShouldBe([1m, 2m, 3m, 4m, 5m]);
    }

    [Fact]
    public void Ces_leans_low_on_its_one_to_seven_scale()
    {
        var given = example.Values(surveys, ces).OfType<decimal>().ToList();

        given.Average().ShouldBeInRange(1.5m, 3.5m);
        given.ShouldAllBe(v => v >= 1 && v <= 7);
        given.Count(v => v <= 2).ShouldBeGreaterThan(given.Count / 2);
    }

    [Fact]
    public void Most_tickets_need_one_contact_and_no_reassignment_or_reopening()
    {
        var contacts = example.Values("tickets", "contacts").Cast<decimal>().ToList();
        var reopens = example.Values("tickets", "reopens").Cast<decimal>().ToList();

        ((double)contacts.Count(c => c == 1) / contacts.Count).ShouldBeInRange(0.75, 0.98);
        ((double)reopens.Count(r => r == 0) / reopens.Count).ShouldBeGreaterThan(0.9);
        contacts.Max().ShouldBeGreaterThan(1m);
    }

    // Log-normal times are skewed to the right: the mean lies above the median, and a few take far longer.
    [Fact]
    public void Resolution_times_are_skewed_like_a_log_normal()
    {
        var created = example.Values("tickets", "created");
        var resolved = example.Values("tickets", "resolved");
        var minutes = created.Zip(resolved)
            .Where(p => p.Second is Instant)
            .Select(p => ((Instant)p.Second! - (Instant)p.First!).TotalMinutes)
            .Order().ToList();

        var median = minutes[minutes.Count / 2];
        minutes.Average().ShouldBeGreaterThan(median);
        minutes[^1].ShouldBeGreaterThan(10 * median);
        minutes.ShouldAllBe(m => m > 0);
    }
}

[Collection(BankExampleCollection.Name)]
public class BankDistributionTests(BankExample example) : DistributionChecks(example, "問卷", "滿意度", "費力度");

[Collection(AcmeExampleCollection.Name)]
public class AcmeDistributionTests(AcmeExample example) : DistributionChecks(example, "surveys", "csat", "ces");
