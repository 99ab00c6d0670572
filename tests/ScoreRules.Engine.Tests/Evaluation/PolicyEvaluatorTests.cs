using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Engine.Tests.Evaluation;

public class PolicyEvaluatorTests
{
    private const string Rules = """
        policy "T" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "Europe/Berlin"
          grades { A >= 90; B >= 75; C else }
        }
        calendar office { hours mon..fri 09:00-18:00 }
        source people "people.csv" { person = id  role: text = role  name: text = name }
        source tickets "t.csv" {
          person = agent
          at = created
          created: datetime = created
          responded: datetime? = responded
          csat: number? = csat
          contacts: int = contacts
        }
        metric csat "CSAT" { value mean(csat) over tickets  unit "/5"  target >= 4.5  score linear { 3.5 -> 0, 4.5 -> 100 } }
        metric frt "FRT" { value p90(work_minutes(created, responded, office)) over tickets where responded != none  unit minutes  target < 30  score bands { < 30 -> 100, < 60 -> 50, else -> 0 } }
        metric fcr "FCR" { value share(contacts == 1) over tickets  unit percent  target >= 80%  score met }
        bonus extra { value count() over tickets where csat == 5  max 1 }
        scorecard t1 for role == "tier1" { dimension cx { csat 50% } dimension ops { frt 30%, fcr 20% } bonus extra }
        improve fcr when missed {
          plan "FCR {{ value | pct }}, target {{ target | pct }}"
          do "coach" within 14 days owner supervisor
          check fcr next period
          act "share"
        }
        alert slow "FRT above an hour" when frt > 60
        """;

    private static Instant Berlin(int month, int day, int hour, int minute) =>
        Timestamps.FromLocal(new LocalDateTime(2026, month, day, hour, minute), "Europe/Berlin");

    private static EvaluationResult Run()
    {
        var parsed = ScoreParser.Parse("t.score", Rules);
        parsed.Diagnostics.ShouldBeEmpty();
        var policy = PolicyBinder.Bind([parsed.Tree]);
        var people = policy.Sources["people"];
        var tickets = policy.Sources["tickets"];
        // Field order of tickets: created, responded, csat, contacts, then the person field added for `person = agent`.
        tickets.Fields.Select(f => f.Name).ShouldBe(["created", "responded", "csat", "contacts", "person"]);
        object?[] T(Instant created, Instant? responded, decimal? csat, decimal contacts) => [created, responded, csat, contacts, "alice"];
        var tables = new Dictionary<string, SourceTable>
        {
            ["people"] = new(people, "people.csv", [
                new DataRecord(2, ["tier1", "Alice", "alice"]),
                new DataRecord(3, ["tier1", "Bob", "bob"])]),
            ["tickets"] = new(tickets, "t.csv", [
                new DataRecord(2, T(Berlin(3, 2, 9, 0), Berlin(3, 2, 9, 10), 5m, 1m)),    // Mon: 10 business minutes
                new DataRecord(3, T(Berlin(3, 7, 10, 0), Berlin(3, 9, 9, 20), 4m, 2m)),   // Sat → Mon 09:20: 20
                new DataRecord(4, T(Berlin(3, 10, 17, 50), Berlin(3, 11, 9, 30), null, 1m)), // 10 + 30 = 40
                new DataRecord(5, T(Berlin(2, 27, 10, 0), Berlin(2, 27, 10, 5), 1m, 3m))]),  // February: not in March
        };
        people.Fields.Select(f => f.Name).ShouldBe(["role", "name", "person"]);
        var input = new EvaluationInput(policy, tables, AppraisalPeriod.Parse("2026-03"));
        return PolicyEvaluator.Evaluate(input);
    }

    [Fact]
    public void MetricsAreComputedOverTheMonthsRows()
    {
        var alice = Run().People.Single(p => p.Person == "alice");
        alice.Scorecard.ShouldBe("t1");
        alice.Name.ShouldBe("Alice");
        // CSAT: mean of 5 and 4 (the third ticket has no answer) = 4.5 → linear score 100
        var csat = alice.Metrics.Single(m => m.Id == "csat");
        csat.Value.ShouldBe(4.5m);
        csat.Score.ShouldBe(100m);
        csat.Met.ShouldBe(true);
        csat.Trace.RowsInPeriod.ShouldBe(3);
        csat.Trace.RowsUsed.ShouldBe(2);
        // FRT: business minutes [10, 20, 40]; p90 rank 0.9 × 2 = 1.8 → 20 + 0.8 × 20 = 36 → band < 60 → 50
        var frt = alice.Metrics.Single(m => m.Id == "frt");
        frt.Value.ShouldBe(36m);
        frt.Score.ShouldBe(50m);
        frt.Met.ShouldBe(false);
        // FCR: contacts == 1 on 2 of 3 tickets → 2/3, target 80 % missed → met score 0
        var fcr = alice.Metrics.Single(m => m.Id == "fcr");
        fcr.Value!.Value.ShouldBe(2m / 3m);
        fcr.Score.ShouldBe(0m);
    }

    [Fact]
    public void TotalIsWeightedScoresPlusCappedBonus()
    {
        var alice = Run().People.Single(p => p.Person == "alice");
        // 0.5 × 100 + 0.3 × 50 + 0.2 × 0 = 65; bonus: one CSAT-5 ticket = 1 point (cap 1) → 66 → grade C
        alice.Bonus.ShouldBe(1m);
        alice.Total.ShouldBe(66m);
        alice.Grade.ShouldBe("C");
        alice.Dimensions.Select(d => (d.Id, d.Score)).ShouldBe([("cx", (decimal?)100m), ("ops", (decimal?)30m)]); // (50×0.3 + 0×0.2)/0.5 = 30
        alice.Metrics.Sum(m => m.Contribution ?? 0m).ShouldBe(65m);
    }

    [Fact]
    public void MissedTargetFiresThePdcaItem()
    {
        var alice = Run().People.Single(p => p.Person == "alice");
        var item = alice.Improvements.ShouldHaveSingleItem();
        item.Metric.ShouldBe("fcr");
        item.Plan.ShouldBe("FCR 66.7 %, target 80 %");
        item.Due.ShouldBe(new DateOnly(2026, 4, 14)); // 31 March + 14 days
        item.Owner.ShouldBe("supervisor");
        alice.Alerts.ShouldBeEmpty(); // FRT 36 is not above 60
    }

    [Fact]
    public void PersonWithoutRowsHasNoDataNotZero()
    {
        var bob = Run().People.Single(p => p.Person == "bob");
        bob.Metrics.ShouldAllBe(m => m.Status == ValueStatus.NoData && m.Value == null);
        bob.Total.ShouldBeNull();
        bob.Grade.ShouldBeNull();
    }
}
