using System.Globalization;
using System.Text;
using NodaTime;
using ScoreRules.Engine.Results;

namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// Properties that must hold for any ticket set, checked on random ones (fixed seeds, so a failure
/// can be replayed) from CSV to result: every score lies in 0..100; the total is the sum of the
/// contributions plus the bonus; effective weights add up to 100 % whenever a weighted metric has
/// data; business minutes never exceed calendar minutes and add up over an interval split in two.
/// Calendars/WorkTimePropertyTests checks the last two on the calendar alone; here they go through
/// metrics. The wall-clock minutes and the ticket count are also recomputed independently.
/// </summary>
public class RandomTicketSetTests
{
    private const int Iterations = 40;
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly Instant Start = Instant.FromUtc(2026, 2, 25, 0, 0);

    private static string Rules(string missing) => $$"""
        policy "Random" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/Berlin"
          grades { A >= 90; B >= 75; C >= 60; D else }
        }

        calendar office "Office" {
          hours mon..fri 09:00-12:00, 13:00-18:00
          holidays 2026-03-06, 2026-03-20 .. 2026-03-23
        }

        source people "people.csv" {
          person = employee_id
          role: text = role
        }

        source tickets "tickets.csv" {
          key id = ticket_id
          person = assignee
          at = created_at
          created: datetime = created_at
          middle: datetime = middle_at
          resolved: datetime? = resolved_at
          csat: int? = csat
          contacts: int = contact_count
          points: number = points
        }

        metric resolve_time "Resolution time (mean)" {
          description "Mean business minutes to resolve."
          value mean(work_minutes(created, resolved, office)) over tickets where resolved != none
          unit minutes
          target <= 60 minutes
          score linear { 60 -> 100, 600 -> 0 }
        }

        metric csat_mean "CSAT (mean, 1–5)" {
          description "Average answer, 1 to 5."
          value mean(csat) over tickets where csat != none
          unit "/5"
          target >= 4.5
          score linear { 1 -> 0, 5 -> 100 }
        }

        metric csat_net "Net satisfaction" {
          description "Share of answers 4–5 minus share of answers 1–2."
          value (share(csat >= 4) over tickets where csat != none) - (share(csat <= 2) over tickets where csat != none)
          unit percent
          target >= 50%
          score linear { -1 -> 0, 1 -> 100 }
        }

        metric fcr "First contact resolution (FCR)" {
          description "Share of the tickets resolved in the period that needed one contact."
          value share(contacts == 1) over tickets where resolved != none
          at resolved
          unit percent
          target >= 70%
          score met
        }

        metric volume "Tickets opened" {
          description "Tickets opened in the period."
          value count() over tickets
          unit count
          target >= 10
          score bands { >= 10 -> 100, >= 5 -> 60, else -> 20 }
        }

        metric business "Business minutes" {
          description "Business minutes from creation to resolution, summed."
          value sum(work_minutes(created, resolved, office)) over tickets where resolved != none
          unit minutes
          target <= 600 minutes
          score met
        }

        metric wall "Calendar minutes" {
          description "Calendar minutes from creation to resolution, summed."
          value sum(minutes(created, resolved)) over tickets where resolved != none
          unit minutes
          target <= 600 minutes
          score met
        }

        metric first_part "Business minutes, creation to middle" {
          description "Business minutes from creation to the middle time stamp, summed."
          value sum(work_minutes(created, middle, office)) over tickets where resolved != none
          unit minutes
          target <= 600 minutes
          score met
        }

        metric second_part "Business minutes, middle to resolution" {
          description "Business minutes from the middle time stamp to resolution, summed."
          value sum(work_minutes(middle, resolved, office)) over tickets where resolved != none
          unit minutes
          target <= 600 minutes
          score met
        }

        bonus extra "Extra points" {
          value sum(points) over tickets
          max 5
        }

        // 20 + 12.5 + 30.25 + 0.75 + 36.5 = 100 %.
        scorecard agent "Agent" for role == "agent" {
          dimension customer { csat_mean 20%, csat_net 12.5% }
          dimension speed { resolve_time 30.25%, fcr 0.75% }
          dimension output { volume 36.5%, business 0%, wall 0%, first_part 0%, second_part 0% }
          bonus extra
          missing {{missing}}
        }
        """;

    private sealed record Ticket(string Id, string Person, Instant Created, Instant Middle, Instant? Resolved, int? Csat, int Contacts, decimal Points);

    private static List<Ticket> RandomTickets(Random random, int people)
    {
        var tickets = new List<Ticket>();
        for (var p = 1; p <= people; p++)
        {
            var count = random.Next(13);
            for (var i = 0; i < count; i++)
            {
                var created = Start + Duration.FromMinutes(random.Next(40 * 1440));
                Instant? resolved = random.Next(5) == 0 ? null : created + Duration.FromMinutes(random.Next(6 * 1440));
                var span = resolved is { } r ? (r - created).TotalMinutes : random.Next(1440);
                var middle = created + Duration.FromMinutes(Math.Floor(random.NextDouble() * span));
                int? csat = random.Next(5) < 3 ? random.Next(1, 6) : null;
                tickets.Add(new Ticket($"p{p}-{i}", $"p{p}", created, middle, resolved, csat, random.Next(1, 4), random.Next(7) / 2m));
            }
        }
        return tickets;
    }

    private static string Csv(IEnumerable<Ticket> tickets)
    {
        static string Time(Instant? i) => i?.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
        var csv = new StringBuilder("ticket_id,assignee,created_at,middle_at,resolved_at,csat,contact_count,points\n");
        foreach (var t in tickets)
            csv.Append(CultureInfo.InvariantCulture,
                $"{t.Id},{t.Person},{Time(t.Created)},{Time(t.Middle)},{Time(t.Resolved)},{t.Csat},{t.Contacts},{t.Points}\n");
        return csv.ToString();
    }

    private static bool InMarch(Instant instant)
    {
        var date = instant.InZone(Berlin).Date;
        return date.Year == 2026 && date.Month == 3;
    }

    [Theory]
    [InlineData("reweight", 20260301)]
    [InlineData("zero", 20260329)]
    public void Scores_totals_weights_and_business_time_keep_their_properties(string missing, int seed)
    {
        using var run = PolicyRun.Of(Rules(missing));
        var random = new Random(seed);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var people = random.Next(1, 5);
            var tickets = RandomTickets(random, people);
            // pnobody is in the people list but has no tickets at all.
            run.Data("people.csv", "employee_id,role\n" + string.Concat(Enumerable.Range(1, people).Select(p => $"p{p},agent\n")) + "pnobody,agent\n");
            run.Data("tickets.csv", Csv(tickets));
            var result = run.Evaluate("2026-03");
            foreach (var person in result.People)
                CheckPerson(person, tickets.Where(t => t.Person == person.Person && InMarch(t.Created)).ToList(), missing, $"seed {seed} iteration {iteration} {person.Person}");
        }
    }

    private static void CheckPerson(PersonResult person, List<Ticket> march, string missing, string label)
    {
        foreach (var m in person.Metrics.Where(m => m.Score is not null))
            m.Score!.Value.ShouldBeInRange(0m, 100m, $"{label} {m.Id}");
        foreach (var d in person.Dimensions.Where(d => d.Score is not null))
            d.Score!.Value.ShouldBeInRange(0m, 100m, $"{label} {d.Id}");

        var weighted = person.Metrics.Where(m => m.Weight > 0).ToList();
        var anyData = weighted.Any(m => m.Value is not null);
        if (missing == "reweight") (person.Total is not null).ShouldBe(anyData, label);
        if (person.Total is { } total)
        {
            var contributions = person.Metrics.Sum(m => m.Contribution ?? 0m);
            Math.Abs(total - (contributions + person.Bonus)).ShouldBeLessThanOrEqualTo(1e-20m, label);
            (total - person.Bonus).ShouldBeInRange(0m, 100m, label);
            person.Bonus.ShouldBeInRange(0m, 5m, label);
        }
        var effective = person.Metrics.Sum(m => m.EffectiveWeight);
        if (anyData || missing == "zero") Math.Abs(effective - 1m).ShouldBeLessThanOrEqualTo(1e-20m, label);
        else effective.ShouldBe(0m, label);

        // Independent recomputation: opened in March (local dates in Berlin), and calendar minutes of
        // the resolved ones.
        var resolved = march.Where(t => t.Resolved is not null).ToList();
        person.Metric("volume").Value.ShouldBe(march.Count == 0 ? null : march.Count, label);
        var wall = resolved.Sum(t => (decimal)(t.Resolved!.Value - t.Created).TotalMinutes);
        person.Metric("wall").Value.ShouldBe(resolved.Count == 0 ? null : wall, label);

        if (resolved.Count == 0) return;
        var business = person.Metric("business").Value!.Value;
        business.ShouldBeInRange(0m, wall, label);
        var parts = person.Metric("first_part").Value!.Value + person.Metric("second_part").Value!.Value;
        Math.Abs(parts - business).ShouldBeLessThanOrEqualTo(1e-9m, label);
    }
}
