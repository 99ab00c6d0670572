using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Diffing;

/// <summary>
/// Compares bound policy versions (<see cref="PolicyModel"/>) rule by rule: the policy header and
/// grades, each scorecard's dimensions, weights, bonuses and missing-data rule, the definitions of the
/// metrics, BARS scales and bonuses a scorecard uses (targets, score rules, levels and anchors, caps),
/// and the PDCA items and alerts. Descriptions and comments are not compared: they do not change
/// results. Expressions compare by meaning of their text, so re-laying out a rule is no change.
/// </summary>
public static partial class PolicyDiffer
{
    /// <summary>
    /// Pairs the versions of one policy folder by version label and compares each pair. When each side
    /// has exactly one version they are paired whatever their labels (a relabelled version shows as a
    /// version change, not as one removed and one added).
    /// </summary>
    /// <param name="folder">The folder, as shown to the user.</param>
    /// <param name="from">The older side's versions.</param>
    /// <param name="to">The newer side's versions.</param>
    public static PolicySetDiff CompareSets(string folder, IReadOnlyList<PolicyModel> from, IReadOnlyList<PolicyModel> to)
    {
        if (from.Count == 1 && to.Count == 1) return new PolicySetDiff(folder, [Compare(from[0], to[0])]);
        var labels = to.Select(v => (v.Version, v.EffectiveFrom)).Concat(from.Select(v => (v.Version, v.EffectiveFrom)))
            .DistinctBy(x => x.Version).OrderBy(x => x.EffectiveFrom).ThenBy(x => x.Version, StringComparer.Ordinal).Select(x => x.Version);
        var versions = labels.Select(label => Compare(from.FirstOrDefault(v => v.Version == label), to.FirstOrDefault(v => v.Version == label)))
            .ToList();
        return new PolicySetDiff(folder, versions);
    }

    /// <summary>Compares two versions; either may be null for a version that exists on one side only.</summary>
    /// <exception cref="ArgumentException">Both are null.</exception>
    public static VersionDiff Compare(PolicyModel? from, PolicyModel? to)
    {
        if (from is null && to is null) throw new ArgumentException("at least one version is needed");
        if (from is null || to is null)
        {
            var only = (from ?? to)!;
            return new VersionDiff(from?.Version, to?.Version, only.Title, [], []);
        }
        var policy = new ChangeList();
        policy.Compare("policy", "name", from.Title, to.Title);
        policy.Compare("policy", "version", from.Version, to.Version);
        policy.Compare("policy", "effective", RuleText.Effective(from), RuleText.Effective(to));
        policy.Compare("policy", "period", RuleText.Period(from.Period), RuleText.Period(to.Period));
        policy.Compare("policy", "timezone", from.TimeZone, to.TimeZone);
        CompareGrades(policy, from, to);
        CompareImprovements(policy, from, to);
        CompareAlerts(policy, from, to);

        var ids = to.Scorecards.Select(c => c.Id).Concat(from.Scorecards.Select(c => c.Id)).Distinct(StringComparer.Ordinal);
        var scorecards = ids
            .Select(id => CompareScorecard(from, from.Scorecards.FirstOrDefault(c => c.Id == id), to, to.Scorecards.FirstOrDefault(c => c.Id == id)))
            .OfType<ScorecardDiff>()
            .ToList();
        return new VersionDiff(from.Version, to.Version, to.Title, policy.Items, scorecards);
    }

    private static void CompareGrades(ChangeList changes, PolicyModel from, PolicyModel to)
    {
        foreach (var name in to.Grades.Select(g => g.Name).Concat(from.Grades.Select(g => g.Name)).Distinct(StringComparer.Ordinal))
        {
            var before = from.Grades.FirstOrDefault(g => g.Name == name);
            var after = to.Grades.FirstOrDefault(g => g.Name == name);
            changes.Compare("grade " + name, "rule", before is null ? null : RuleText.Grade(before), after is null ? null : RuleText.Grade(after));
        }
    }

    private static void CompareImprovements(ChangeList changes, PolicyModel from, PolicyModel to)
    {
        // A metric may have several PDCA items; they pair up in the order written.
        static List<(string Key, ImproveModel Item)> Keyed(IEnumerable<ImproveModel> items) =>
            items.GroupBy(i => i.Metric, StringComparer.Ordinal)
                .SelectMany(g => g.Select((item, n) => (Key: n == 0 ? g.Key : $"{g.Key} #{n + 1}", Item: item)))
                .ToList();
        var before = Keyed(from.Improvements);
        var after = Keyed(to.Improvements);
        foreach (var key in after.Select(x => x.Key).Concat(before.Select(x => x.Key)).Distinct(StringComparer.Ordinal))
        {
            var a = before.FirstOrDefault(x => x.Key == key).Item;
            var b = after.FirstOrDefault(x => x.Key == key).Item;
            var subject = "improve " + key;
            if (a is null || b is null)
            {
                changes.Compare(subject, "when", a is null ? null : When(a), b is null ? null : When(b));
                continue;
            }
            changes.Compare(subject, "when", When(a), When(b));
            changes.Compare(subject, "plan", a.Plan, b.Plan);
            changes.Compare(subject, "do", a.Do, b.Do);
            changes.Compare(subject, "within", Days(a.WithinDays), Days(b.WithinDays));
            changes.Compare(subject, "owner", a.Owner, b.Owner);
            changes.Compare(subject, "check", a.Check, b.Check);
            changes.Compare(subject, "act", a.Act, b.Act);
        }

        static string When(ImproveModel i) => i.When is null ? "missed" : ExprPrinter.Print(i.When);
        static string? Days(decimal? days) => days is { } d ? ExprPrinter.Number(d) + " days" : null;
    }

    private static void CompareAlerts(ChangeList changes, PolicyModel from, PolicyModel to)
    {
        foreach (var id in to.Alerts.Select(a => a.Id).Concat(from.Alerts.Select(a => a.Id)).Distinct(StringComparer.Ordinal))
        {
            var a = from.Alerts.FirstOrDefault(x => x.Id == id);
            var b = to.Alerts.FirstOrDefault(x => x.Id == id);
            changes.Compare("alert " + id, "when", a is null ? null : ExprPrinter.Print(a.When), b is null ? null : ExprPrinter.Print(b.When));
            if (a is not null && b is not null) changes.Compare("alert " + id, "message", a.Message, b.Message);
        }
    }
}
