using System.Text;

namespace ScoreRules.Engine.Diffing.Output;

/// <summary>
/// The plain-text report of <c>scorerules diff</c>, for terminals and CI logs: per policy version the
/// changed header settings, grades, PDCA items and alerts, then per scorecard a table of changes
/// (change, rule, setting, before, after); with data, the impact table (person, name, total before and
/// after, change, grade, what explains the change) and a summary. Values longer than
/// <see cref="LongValue"/> columns are shown on lines of their own under the row.
/// </summary>
public static class DiffTextWriter
{
    /// <summary>Display columns above which a before or after value leaves the table for lines of its own.</summary>
    public const int LongValue = 40;

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> (LF line ends).</summary>
    public static void Write(DiffReport report, TextWriter output)
    {
        var text = new StringBuilder();
        text.Append($"Policy diff of {report.RulesPath}: {report.From.Display} → {report.To.Display}\n");
        if (report.NoRuleChanges) text.Append("\nNo rule changes.\n");
        else
            foreach (var set in report.Sets)
                foreach (var version in set.Versions)
                    WriteVersion(text, version);
        if (report.Impact is { } impact) WriteImpact(text, impact, report);
        output.Write(text.ToString());
    }

    private static void WriteVersion(StringBuilder text, VersionDiff version)
    {
        text.Append('\n').Append(DiffWording.VersionHeading(version));
        if (version.IsEmpty)
        {
            text.Append(": no changes\n");
            return;
        }
        text.Append('\n');
        if (version.Policy.Count > 0)
        {
            text.Append("\n  Policy\n");
            WriteChanges(text, version.Policy);
        }
        foreach (var card in version.Scorecards)
        {
            text.Append("\n  ").Append(DiffWording.ScorecardHeading(card, id => id)).Append('\n');
            WriteChanges(text, card.Changes);
        }
    }

    private static void WriteChanges(StringBuilder text, IReadOnlyList<RuleChange> changes)
    {
        var table = new TextTable(["change", "rule", "setting", "before", "after"]);
        var longValues = new List<RuleChange>();
        foreach (var c in changes)
        {
            if (TextTable.Width(c.Before ?? "") > LongValue || TextTable.Width(c.After ?? "") > LongValue)
            {
                longValues.Add(c);
                table.Add(DiffWording.Kind(c.Kind), c.Subject, c.Aspect, c.Before is null ? "—" : "(below)", c.After is null ? "—" : "(below)");
                continue;
            }
            table.Add(DiffWording.Kind(c.Kind), c.Subject, c.Aspect, c.Before ?? "—", c.After ?? "—");
        }
        table.WriteTo(text, "    ");
        foreach (var c in longValues)
        {
            text.Append($"    {c.Subject}, {c.Aspect}:\n");
            if (c.Before is not null) text.Append("      before: ").Append(c.Before).Append('\n');
            if (c.After is not null) text.Append("      after:  ").Append(c.After).Append('\n');
        }
    }

    private static void WriteImpact(StringBuilder text, ImpactReport impact, DiffReport report)
    {
        text.Append($"\nImpact on {impact.Period}\n");
        text.Append(DiffWording.ImpactNote(impact, report)).Append("\n\n");
        var table = new TextTable(["person", "name", "before", "after", "change", "grade", "explained by"], 2, 3, 4);
        foreach (var p in impact.People)
            table.Add(p.Person, p.Name ?? "", DiffWording.Total(p.TotalBefore), DiffWording.Total(p.TotalAfter),
                DiffWording.Delta(p), DiffWording.Grade(p), DiffWording.Explanation(p));
        table.WriteTo(text, "  ");
        text.Append('\n').Append(DiffWording.Summary(impact.Summary)).Append('\n');
        text.Append(DiffWording.Grades(impact.Summary)).Append('\n');
    }
}
