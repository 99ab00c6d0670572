using ScoreRules.Engine.Loading;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Engine.Tests.Loading;

public class FieldsUsedTests
{
    // Every source has fields no rule in use reads (people: manager; tickets: reopens, subject; surveys: comment;
    // ratings: batch; claims: note). reopen_rate and comments are library metrics no scorecard weighs; spare is a
    // bonus no scorecard adds. escalations is used only by an alert; resolved_count has its own `at`.
    private const string Rules = """
        policy "T" {
          version "1"
          effective 2026-01-01 .. 2026-12-31
          period month
          timezone "UTC"
        }
        calendar office { hours mon..fri 09:00-18:00 }
        source people "people.csv" { person = id  role: text = role  name: text = name  team: text = team  manager: text = manager }
        source tickets "t.csv" {
          person = agent
          at = created
          created: datetime = created
          responded: datetime? = responded
          resolved: datetime? = resolved
          contacts: int = contacts
          channel: text? = channel
          escalated: bool = escalated
          reopens: int = reopens
          subject: text? = subject
        }
        source surveys "s.csv" { person = agent  at = answered  answered: datetime = answered  csat: int? = csat  comment: text? = comment }
        source ratings "r.csv" {
          person = ratee
          at = rated_on
          rated_on: date = rated_on
          item: text = item
          rater: text = rater
          rater_role: text = rater_role
          level: int = level
          evidence: text? = evidence
          batch: text? = batch
        }
        source claims "c.csv" { person = employee  at = decided  decided: date = decided  points: number = points  approved: bool = approved  kind: text = kind  note: text? = note }
        scale clarity { 1 "poor" 2 "fair" 3 "good" }
        metric frt { value p90(work_minutes(created, responded, office)) over tickets where responded != none }
        metric reopen_rate { value mean(reopens) over tickets }
        metric fcr { value share(contacts == 1) over tickets where channel in ["phone", "email"] }
        metric resolved_count { value count() over tickets  at resolved }
        metric csat { value mean(csat) over surveys }
        metric comments { value count(comment) over surveys }
        metric effort { value csharp "surveys.Count()" }
        metric escalations { value count() over tickets where escalated }
        rated communication { scale clarity  from ratings where item == "clarity"  raters supervisor 60%, peer 40% }
        bonus innovation { value sum(points) over claims where approved and kind == "innovation"  max 5 }
        bonus spare { value count() over claims where note != none  max 1 }
        scorecard tier1 for role == "tier1" {
          dimension cx { csat 30%, effort 20% }
          dimension ops { frt 20%, fcr 20%, resolved_count 10% }
          bonus innovation
        }
        scorecard leads for team == "B" { dimension ops { fcr 100% } }
        alert many "many escalations" when escalations > 3
        """;

    private static PolicyModel Policy()
    {
        var parsed = ScoreParser.Parse("t.score", Rules);
        parsed.Diagnostics.ShouldBeEmpty();
        return PolicyBinder.Bind([parsed.Tree]);
    }

    [Fact]
    public void The_rules_used_are_those_scorecards_alerts_and_rated_items_reach()
    {
        var used = RulesUsed.Of(Policy());

        // In declaration order; reopen_rate and comments are weighed by no scorecard and looked at by no alert.
        used.Metrics.Select(m => m.Id).ShouldBe(["frt", "fcr", "resolved_count", "csat", "effort", "escalations"]);
        used.Bonuses.Select(b => b.Id).ShouldBe(["innovation"]);
        used.RatedItems.Select(r => r.Id).ShouldBe(["communication"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_source_keeps_the_fields_the_rules_in_use_read(bool includeCSharp)
    {
        var policy = Policy();
        policy.PeopleSource.ShouldBe("people");
        IReadOnlySet<string>? Of(string source) => FieldsUsed.Of(policy, policy.Sources[source], includeCSharp);

        // people: the scorecards' `for` (role, team) and the names read for every person (name or display_name, role).
        Of("people").ShouldBe(["display_name", "name", "role", "team"], ignoreOrder: true);
        // tickets: the source's at (created); frt's work_minutes and where (created, responded); fcr's share and where
        // (contacts, channel); resolved_count's own at (resolved); the alert's escalations (escalated).
        Of("tickets").ShouldBe(["channel", "contacts", "created", "escalated", "resolved", "responded"], ignoreOrder: true);
        // ratings: at (rated_on), the rated item's where (item), and the parts of a rating read by name.
        Of("ratings").ShouldBe(
            ["rated_on", "item", "rater", "rater_role", "role", "level", "situation", "behaviour", "behavior", "evidence", "impact"], ignoreOrder: true);
        // claims: at (decided), the bonus's sum and where (points, approved, kind).
        Of("claims").ShouldBe(["approved", "decided", "kind", "points"], ignoreOrder: true);
    }

    [Fact]
    public void A_source_a_CSharp_value_formula_names_keeps_every_field_when_CSharp_runs()
    {
        var policy = Policy();
        var surveys = policy.Sources["surveys"];

        // Without C#, effort is not computed: surveys keeps at (answered) and csat's field.
        FieldsUsed.Of(policy, surveys, includeCSharp: false).ShouldBe(["answered", "csat"], ignoreOrder: true);
        // With C#, the formula gets whole rows of surveys.
        FieldsUsed.Of(policy, surveys, includeCSharp: true).ShouldBeNull();
    }

    [Fact]
    public void A_CSharp_formula_of_a_metric_nobody_uses_keeps_nothing_more()
    {
        // The same policy without effort on the scorecard (csat takes its weight).
        var text = Rules.Replace("csat 30%, effort 20%", "csat 50%", StringComparison.Ordinal);
        text.ShouldNotBe(Rules);
        var parsed = ScoreParser.Parse("t.score", text);
        parsed.Diagnostics.ShouldBeEmpty();
        var policy = PolicyBinder.Bind([parsed.Tree]);

        RulesUsed.Of(policy).Metrics.Select(m => m.Id).ShouldNotContain("effort");
        FieldsUsed.Of(policy, policy.Sources["surveys"], includeCSharp: true).ShouldBe(["answered", "csat"], ignoreOrder: true);
    }
}
