using System.Globalization;
using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    private static readonly string[] SupervisorWords = ["supervisor", "manager", "lead", "主管", "經理", "经理", "上司", "組長", "组长"];
    private static readonly string[] PeerWords = ["peer", "colleague", "同儕", "同侪", "同事", "同仁"];

    /// <summary>
    /// BARS ratings: each month, for every rated item of the version in force, every person who works
    /// tickets is rated in the last ten days of the month by one rater of each role the item weighs
    /// (more of the last role when <c>min raters</c> asks for more). The supervisor is the person's
    /// manager; a peer is a team mate. Raters mostly agree on the person's level, within one level.
    /// </summary>
    private static void Ratings(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Ratings);
        var records = context.World.Of(FactKind.Rating);
        foreach (var month in context.Months)
        {
            var version = context.Plan.VersionFor(month);
            foreach (var item in version.RatedItems.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                var file = context.Plan.FileOf(version, item.Source);
                if (file is null || !version.Scales.TryGetValue(item.Scale, out var scale) || scale.Levels.Count == 0) continue;
                var fixedValues = Fixed(file, version.Sources[item.Source], RuleConditions.Requirements(item.Where));
                var (lowest, highest) = (scale.Levels.Min(l => l.Level), scale.Levels.Max(l => l.Level));
                var workers = context.World.Workers(month);
                foreach (var person in workers)
                {
                    var level = (int)Math.Round(3.3 + 1.1 * person.Skill + 0.5 * random.Normal(), MidpointRounding.AwayFromZero);
                    level = Math.Clamp(level, lowest, highest);
                    var day = context.WorkingDay(random, month, fromDay: SampleContext.Days(month).Count() - 9);
                    var roles = item.Raters.Select(r => r.Role).ToList();
                    if (roles.Count == 0) roles.Add("supervisor");
                    while (roles.Count < item.MinRaters) roles.Add(roles[^1]);
                    for (var r = 0; r < roles.Count; r++)
                    {
                        var given = Math.Clamp(level + random.PickWeighted([15, 70, 15]) - 1, lowest, highest);
                        var rating = new SampleRecord(FactKind.Rating, person);
                        foreach (var (column, value) in fixedValues) rating.Fixed[column] = value;
                        rating[Attr.Item] = item.Id;
                        rating[Attr.Rated] = day;
                        rating[Attr.RaterRole] = roles[r];
                        rating[Attr.Rater] = RaterId(person, workers, roles[r], roles.Take(r).Count(x => x == roles[r]));
                        SetLevel(context, random, rating, given, lowest, highest);
                        records.Add(rating);
                    }
                }
            }
        }
    }

    /// <summary>Sets a rating's level and evidence that fits it: good behaviour at the top of the scale, behaviour to improve at the bottom.</summary>
    internal static void SetLevel(SampleContext context, SampleRandom random, SampleRecord rating, int level, int lowest, int highest)
    {
        var span = Math.Max(1, highest - lowest);
        var position = (double)(level - lowest) / span;
        var good = position > 0.6 || (position > 0.4 && random.Chance(0.5));
        var evidence = random.Pick(good ? context.Texts.GoodEvidence : context.Texts.PoorEvidence);
        var withEvidence = !random.Chance(0.15);
        rating[Attr.Level] = level;
        rating[Attr.Evidence] = withEvidence ? context.Texts.JoinEvidence(evidence) : null;
        rating[Attr.Situation] = withEvidence ? evidence.Situation : null;
        rating[Attr.Behaviour] = withEvidence ? evidence.Behaviour : null;
        rating[Attr.Impact] = withEvidence ? evidence.Impact : null;
    }

    private static string RaterId(SamplePerson person, IReadOnlyList<SamplePerson> workers, string role, int repeat)
    {
        var lower = role.ToLowerInvariant();
        if (SupervisorWords.Any(w => lower.Contains(w, StringComparison.Ordinal))) return person.ManagerId;
        if (PeerWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            var mates = workers.Where(w => w != person && w.Team == person.Team).ToList();
            if (mates.Count == 0) mates = workers.Where(w => w != person).ToList();
            if (mates.Count > 0)
            {
                var index = workers.ToList().IndexOf(person);
                return mates[(index + repeat) % mates.Count].Id;
            }
        }
        return new string(lower.Where(char.IsLetterOrDigit).ToArray()) is { Length: > 0 } word
            ? word + "-" + (repeat + 1).ToString(CultureInfo.InvariantCulture)
            : "rater-" + (repeat + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The columns and values a rule's requirements fix in a file read by <paramref name="source"/>.</summary>
    internal static List<(string Column, object Value)> Fixed(FilePlan file, SourceModel source, IEnumerable<FieldRequirement> requirements) =>
        requirements
            .Select(r => (Column: file.ColumnOf(source, r.Field)?.Column, r.Value))
            .Where(r => r.Column is not null)
            .Select(r => (r.Column!, r.Value))
            .ToList();

    /// <summary>The last day of <paramref name="month"/>.</summary>
    internal static LocalDate LastDay(YearMonth month) => month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
}
