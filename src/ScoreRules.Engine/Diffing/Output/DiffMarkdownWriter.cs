using System.Text;

namespace ScoreRules.Engine.Diffing.Output;

/// <summary>
/// The Markdown report of <c>scorerules diff</c>, meant as a pull-request comment: a level-2 heading,
/// a level-3 heading per policy version, a level-4 heading per scorecard with a pipe table of its
/// changes (Change | Rule | Setting | Before | After), and with data a level-3 "Impact" heading, a
/// quoted note on how the versions were evaluated, the people table (Person | Name | Before | After |
/// Change | Grade | Explained by) and the summary. Cell text is escaped so that a <c>|</c> in a rule
/// does not break the table.
/// </summary>
public static class DiffMarkdownWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> (LF line ends).</summary>
    public static void Write(DiffReport report, TextWriter output)
    {
        var md = new StringBuilder();
        md.Append($"## Policy diff: `{report.RulesPath}`\n\n");
        md.Append($"From **{Escape(report.From.Display)}** to **{Escape(report.To.Display)}**.\n");
        if (report.NoRuleChanges) md.Append("\nNo rule changes.\n");
        else
            foreach (var set in report.Sets)
                foreach (var version in set.Versions)
                    WriteVersion(md, version);
        if (report.Impact is { } impact) WriteImpact(md, impact, report);
        output.Write(md.ToString());
    }

    private static void WriteVersion(StringBuilder md, VersionDiff version)
    {
        md.Append("\n### ").Append(Escape(DiffWording.VersionHeading(version))).Append("\n\n");
        if (version.IsEmpty)
        {
            md.Append("No changes.\n");
            return;
        }
        if (version.Status != ChangeKind.Changed) return;
        if (version.Policy.Count > 0)
        {
            md.Append("#### Policy\n\n");
            WriteChanges(md, version.Policy);
        }
        foreach (var card in version.Scorecards)
        {
            md.Append("#### ").Append(DiffWording.ScorecardHeading(card, id => "`" + id + "`")).Append("\n\n");
            WriteChanges(md, card.Changes);
        }
    }

    private static void WriteChanges(StringBuilder md, IReadOnlyList<RuleChange> changes)
    {
        md.Append("| Change | Rule | Setting | Before | After |\n");
        md.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var c in changes)
            md.Append($"| {DiffWording.Kind(c.Kind)} | {Escape(c.Subject)} | {Escape(c.Aspect)} | {Escape(c.Before ?? "—")} | {Escape(c.After ?? "—")} |\n");
        md.Append('\n');
    }

    private static void WriteImpact(StringBuilder md, ImpactReport impact, DiffReport report)
    {
        if (md[^2] != '\n') md.Append('\n');
        md.Append($"### Impact on {impact.Period}\n\n");
        md.Append("> ").Append(Escape(DiffWording.ImpactNote(impact, report))).Append("\n\n");
        md.Append("| Person | Name | Before | After | Change | Grade | Explained by |\n");
        md.Append("| --- | --- | ---: | ---: | ---: | --- | --- |\n");
        foreach (var p in impact.People)
            md.Append($"| {Escape(p.Person)} | {Escape(p.Name ?? "")} | {DiffWording.Total(p.TotalBefore)} | {DiffWording.Total(p.TotalAfter)} | "
                + $"{DiffWording.Delta(p)} | {(p.GradeChanged ? "**" + Escape(DiffWording.Grade(p)) + "**" : Escape(DiffWording.Grade(p)))} | {Escape(DiffWording.Explanation(p))} |\n");
        md.Append('\n').Append(Escape(DiffWording.Summary(impact.Summary))).Append("\n\n");
        md.Append(Escape(DiffWording.Grades(impact.Summary))).Append('\n');
    }

    // Pipes would end a cell and line ends would end the row; Markdown emphasis characters in rule text are kept.
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
}
