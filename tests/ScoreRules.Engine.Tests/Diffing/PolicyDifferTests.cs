using ScoreRules.Engine.Diffing;
using ScoreRules.Language.Model;
using ScoreRules.Language.Parsing;

namespace ScoreRules.Engine.Tests.Diffing;

public class PolicyDifferTests
{
    private const string Base = """
        policy "Desk" {
          version "v1"
          effective 2026-01-01 .. 2026-06-30
          period month
          timezone "Europe/Berlin"
          grades { A >= 90 "Top"; B >= 75; C else }
        }
        source people "people.csv" { person = id  role: text = role }
        source tickets "t.csv" { person = agent  at = created  created: datetime = created  csat: number? = csat  contacts: int = contacts }
        source ratings "r.csv" { person = ratee  at = rated  rated: date = rated  item: text = item  rater_role: text = role  level: int = level }
        metric csat "CSAT" { value mean(csat) over tickets where csat != none  unit "/5"  target >= 4.5  score linear { 3.5 -> 0, 4.5 -> 100 } }
        metric fcr "FCR" { value share(contacts == 1) over tickets  unit percent  target >= 80%  score met }
        scale clarity "Clarity" { 1 "Unclear"  2 "Partly clear"  3 "Clear" }
        rated explain "Explaining" { scale clarity  from ratings where item == "clarity"  raters supervisor 100% }
        bonus extra "Extra" { value count() over tickets where csat == 5  max 2 }
        scorecard t1 "Tier 1" for role == "tier1" {
          dimension cx "Customer" { csat 40%, explain 10% }
          dimension ops "Operations" { fcr 50% }
          bonus extra
          missing reweight
        }
        """;

    private static PolicyModel Bind(string text)
    {
        var parsed = ScoreParser.Parse("desk.score", text);
        parsed.Diagnostics.ShouldBeEmpty();
        return PolicyBinder.Bind([parsed.Tree]);
    }

    private static IReadOnlyList<RuleChange> Changes(string changed)
    {
        var diff = PolicyDiffer.Compare(Bind(Base), Bind(changed));
        return [.. diff.Policy, .. diff.Scorecards.SelectMany(s => s.Changes)];
    }

    [Fact]
    public void SameRulesHaveNoChanges()
    {
        var diff = PolicyDiffer.Compare(Bind(Base), Bind(Base));

        diff.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void LayoutAndCommentsAreNoChange()
    {
        var relaid = Base
            .Replace("value mean(csat) over tickets where csat != none", "value mean( csat )   over tickets   where (csat != none)")
            .Replace("metric csat \"CSAT\"", "// answered surveys only\nmetric csat \"CSAT\"")
            .Replace("score linear { 3.5 -> 0, 4.5 -> 100 }", "score   linear {3.5 -> 0,   4.50 -> 100}");

        Changes(relaid).ShouldBeEmpty();
    }

    [Fact]
    public void BarsAnchorsAndLevelsAreCompared()
    {
        var changed = Base.Replace("2 \"Partly clear\"  3 \"Clear\"", "2 \"Partly clear, needs a follow-up\"  3 \"Clear\"  4 \"Clear and plain\"");

        Changes(changed).ShouldBe([
            new RuleChange(ChangeKind.Changed, "scale clarity", "level 2", "Partly clear", "Partly clear, needs a follow-up"),
            new RuleChange(ChangeKind.Added, "scale clarity", "level 4", null, "Clear and plain"),
        ]);
    }

    [Fact]
    public void GradesMissingPolicyAndBonusCapAreCompared()
    {
        var changed = Base
            .Replace("B >= 75;", "B >= 70 \"Good\";")
            .Replace("missing reweight", "missing zero")
            .Replace("max 2", "max 3");

        Changes(changed).ShouldBe([
            new RuleChange(ChangeKind.Changed, "grade B", "rule", ">= 75", ">= 70 \"Good\""),
            new RuleChange(ChangeKind.Changed, "scorecard t1", "missing", "reweight", "zero"),
            new RuleChange(ChangeKind.Changed, "bonus extra", "cap", "2 points", "3 points"),
        ]);
    }

    [Fact]
    public void AMetricMovedToAnotherDimensionShowsBothDimensionWeightsAndTheMove()
    {
        var changed = Base
            .Replace("dimension cx \"Customer\" { csat 40%, explain 10% }", "dimension cx \"Customer\" { explain 10% }")
            .Replace("dimension ops \"Operations\" { fcr 50% }", "dimension ops \"Operations\" { fcr 50%, csat 40% }");

        Changes(changed).ShouldBe([
            new RuleChange(ChangeKind.Changed, "dimension cx", "weight", "50 %", "10 %"),
            new RuleChange(ChangeKind.Changed, "dimension ops", "weight", "50 %", "90 %"),
            new RuleChange(ChangeKind.Changed, "metric csat", "dimension", "cx", "ops"),
        ]);
    }

    [Fact]
    public void TargetValueAndRaterChangesOfUsedItemsAreListed()
    {
        var changed = Base
            .Replace("target >= 80%  score met", "target >= 85%  score met")
            .Replace("value mean(csat) over tickets where csat != none", "value median(csat) over tickets where csat != none")
            .Replace("raters supervisor 100%", "raters supervisor 60%, peer 40%");

        Changes(changed).ShouldBe([
            new RuleChange(ChangeKind.Changed, "metric csat", "value", "mean(csat) over tickets where csat != none", "median(csat) over tickets where csat != none"),
            new RuleChange(ChangeKind.Changed, "rated explain", "raters", "supervisor 100 %", "supervisor 60 %, peer 40 %"),
            new RuleChange(ChangeKind.Changed, "metric fcr", "target", ">= 80 %", ">= 85 %"),
        ]);
    }

    [Fact]
    public void VersionsPairByLabelAndUnpairedOnesAreAddedOrRemoved()
    {
        var v1 = Bind(Base);
        var v2 = Bind(Base.Replace("version \"v1\"", "version \"v2\"").Replace("effective 2026-01-01 .. 2026-06-30", "effective 2026-07-01 .. 2026-12-31"));
        var v2Changed = Bind(Base.Replace("version \"v1\"", "version \"v2\"").Replace("effective 2026-01-01 .. 2026-06-30", "effective 2026-07-01 .. 2026-12-31").Replace("max 2", "max 4"));

        var set = PolicyDiffer.CompareSets("rules/desk", [v1, v2], [v2Changed]);

        set.Versions.Select(v => (v.FromVersion, v.ToVersion, v.Status)).ShouldBe([
            ("v1", null, ChangeKind.Removed),
            ("v2", "v2", ChangeKind.Changed),
        ]);
        set.Versions[1].Scorecards.Single().Changes.ShouldBe([new RuleChange(ChangeKind.Changed, "bonus extra", "cap", "2 points", "4 points")]);
    }
}
