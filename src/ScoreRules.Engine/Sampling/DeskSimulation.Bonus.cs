using NodaTime;

namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    private static readonly double[] ClaimPoints = [35, 35, 20, 10];

    /// <summary>
    /// Bonus claims: each month, each person whose scorecard adds a bonus files a claim with a chance of
    /// 12 %, for one of those bonuses, worth 1–4 points; a review panel approves about three in four.
    /// The claim holds the values the bonus's rule asks for (e.g. kind = innovation).
    /// </summary>
    private static void BonusClaims(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Bonus);
        var records = context.World.Of(FactKind.BonusClaim);
        foreach (var month in context.Months)
        {
            var rules = BonusRules(context, month);
            foreach (var person in context.World.People)
            {
                if (person.LeaveMonth == month) continue;
                var mine = rules.Where(r => context.Plan.Adds(person, month, r.Bonus.Id)).ToList();
                if (mine.Count == 0 || !random.Chance(0.12)) continue;
                var rule = random.Pick(mine);
                var points = 1 + random.PickWeighted(ClaimPoints);
                var approved = random.Chance(0.75);
                records.Add(NewClaim(context, random, person, month, rule, points, approved));
            }
        }
    }

    /// <summary>The bonus rules of the version in force in <paramref name="month"/> whose source is generated, by bonus id.</summary>
    internal static List<BonusRule> BonusRules(SampleContext context, YearMonth month)
    {
        var version = context.Plan.VersionFor(month);
        return version.Bonuses.Values
            .OrderBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => BonusRule.Of(version, b))
            .Where(r => r is not null && context.Plan.FileOf(version, r.Source.Id)?.Kind == FactKind.BonusClaim)
            .Select(r => r!)
            .ToList();
    }

    /// <summary>A claim for <paramref name="rule"/>'s bonus; bool requirements (approved) hold only when <paramref name="approved"/>.</summary>
    internal static SampleRecord NewClaim(SampleContext context, SampleRandom random, SamplePerson person, YearMonth month,
        BonusRule rule, decimal points, bool approved)
    {
        var file = context.Plan.FileOf(context.Plan.VersionFor(month), rule.Source.Id)!;
        var claim = new SampleRecord(FactKind.BonusClaim, person);
        foreach (var (column, value) in Fixed(file, rule.Source, rule.Requirements))
            claim.Fixed[column] = value is bool b ? (approved ? b : !b) : value;
        if (rule.PointsField is not null && file.ColumnOf(rule.Source, rule.PointsField) is { } pointsColumn)
            claim.Fixed[pointsColumn.Column] = points;
        claim[Attr.Decided] = context.WorkingDay(random, month);
        claim[Attr.BonusKind] = rule.Requirements.Select(r => r.Value).OfType<string>().FirstOrDefault() ?? rule.Bonus.Id;
        claim[Attr.Points] = points;
        claim[Attr.Approved] = approved;
        claim[Attr.Note] = random.Pick(context.Texts.ClaimNotes);
        claim[Attr.Item] = rule.Bonus.Id;
        return claim;
    }
}
