using ScoreRules.Engine.Display;

namespace ScoreRules.Engine.Diffing.Output;

/// <summary>The words and numbers the text and Markdown reports share, so both read the same.</summary>
internal static class DiffWording
{
    /// <summary>The minus sign of changes (U+2212), which lines up with the plus sign in tables.</summary>
    public const string Minus = "\u2212";

    /// <summary>"added", "removed" or "changed".</summary>
    public static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Points with a sign and one decimal: "+1.4", "−4.7", "0".</summary>
    public static string Signed(decimal value) =>
        value > 0 ? "+" + ValueFormatter.Points(value) : value < 0 ? Minus + ValueFormatter.Points(-value) : "0";

    /// <summary>The heading of a version comparison: "Acme Help Desk Scorecard, version 2026-Q1 → 2026-Q2".</summary>
    public static string VersionHeading(VersionDiff v) => v.Status switch
    {
        ChangeKind.Added => $"{v.Title}, version {v.ToVersion}: added",
        ChangeKind.Removed => $"{v.Title}, version {v.FromVersion}: removed",
        _ when v.FromVersion == v.ToVersion => $"{v.Title}, version {v.ToVersion}",
        _ => $"{v.Title}, version {v.FromVersion} → {v.ToVersion}",
    };

    /// <summary>The heading of a scorecard: "Scorecard tier1 "Tier 1 agent"", with "(added)" or "(removed)".</summary>
    public static string ScorecardHeading(ScorecardDiff s, Func<string, string> code) =>
        $"Scorecard {code(s.Id)} \"{s.Title}\"" + (s.Status == ChangeKind.Changed ? "" : $" ({Kind(s.Status)})");

    /// <summary>The total and its grade: "75.5" and "B"; "—" for no total.</summary>
    public static string Total(decimal? total) => total is null ? "—" : ValueFormatter.Points(total);

    /// <summary>"B" when unchanged, "C → B" when changed, "—" for no grade.</summary>
    public static string Grade(PersonImpact p) =>
        p.GradeChanged ? $"{p.GradeBefore ?? "—"} → {p.GradeAfter ?? "—"}" : p.GradeAfter ?? "—";

    /// <summary>The change of the total: "+1.4", or "—" when a side has no total.</summary>
    public static string Delta(PersonImpact p) => p.Delta is { } d ? Signed(d) : "—";

    /// <summary>
    /// What explains the change: the two items whose contribution changed most, "fcr_rate +6.1, reopen_rate −4.7";
    /// a bonus is named "bonus innovation". Why a side has no total, when it has none.
    /// </summary>
    public static string Explanation(PersonImpact p)
    {
        var parts = new List<string>();
        if (p.ErrorBefore is { } eb) parts.Add("before: " + eb);
        if (p.ErrorAfter is { } ea) parts.Add("after: " + ea);
        if (p.ScorecardBefore != p.ScorecardAfter) parts.Add($"scorecard {p.ScorecardBefore ?? "none"} → {p.ScorecardAfter ?? "none"}");
        parts.AddRange(p.Drivers.Take(2).Select(d => (d.Kind == "bonus" ? "bonus " : "") + d.Item + " " + Signed(d.Delta)));
        return string.Join(", ", parts);
    }

    /// <summary>The note under the impact heading: which versions ran on which data, and how the versions were chosen.</summary>
    public static string ImpactNote(ImpactReport impact, DiffReport report) => impact.IgnoresEffectiveRange
        ? $"Both versions are evaluated on {impact.Period} with the data in {impact.DataFolder}, whatever their effective ranges: "
          + $"this shows what {report.To.Display} would do to {impact.Period}'s results compared with {report.From.Display}."
        : $"Each side is evaluated on {impact.Period} with the data in {impact.DataFolder}, under the version in force for {impact.Period}: "
          + $"version {impact.FromVersion} at {report.From.Display}, version {impact.ToVersion} at {report.To.Display}.";

    /// <summary>The summary sentence: people, grade changes, mean and largest change.</summary>
    public static string Summary(ImpactSummary s)
    {
        var text = $"{Count(s.People, "person", "people")} evaluated; {Count(s.GradeChanges, "changes grade", "change grade")}; "
            + $"{Count(s.TotalChanges, "changes total", "change total")}";
        if (s.MeanDelta is { } mean) text += $"; mean change {Signed(mean)} points";
        if (s.Largest is { Delta: { } d } largest) text += $"; largest change {largest.Person} {Signed(d)} points";
        return text + ".";
    }

    /// <summary>"Grades before → after: A 1 → 0, B 1 → 2, …".</summary>
    public static string Grades(ImpactSummary s) =>
        "Grades before → after: " + string.Join(", ", s.Grades.Select(g => $"{g.Grade} {g.Before} → {g.After}")) + ".";

    private static string Count(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
