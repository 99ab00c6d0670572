using System.Text.Json;

using ScoreRules.Engine.Display;

namespace ScoreRules.Engine.Diffing.Output;

/// <summary>
/// The JSON report of <c>scorerules diff</c> for scripts and bots. The same input gives the same bytes:
/// properties in a fixed order, two-space indent, LF line ends, non-ASCII text unescaped, numbers as
/// exact decimals (points of the total, unrounded). docs/versioning.md describes every field:
/// <code>
/// { "rules", "from": { "spec", "commit", "version" }, "to": { … },
///   "policies": [ { "folder", "versions": [ { "from", "to", "title", "status",
///       "policy": [ change ], "scorecards": [ { "id", "title", "status", "changes": [ change ] } ] } ] } ],
///   "impact": null | { "period", "data", "fromVersion", "toVersion", "ignoresEffectiveRange",
///       "people": [ { "person", "name", "scorecardBefore", "scorecardAfter", "totalBefore", "totalAfter",
///                     "delta", "gradeBefore", "gradeAfter", "gradeChanged", "errorBefore", "errorAfter",
///                     "drivers": [ { "item", "kind", "before", "after", "delta" } ] } ],
///       "summary": { "people", "gradeChanges", "totalChanges", "meanDelta", "largest": null | { "person", "delta" },
///                    "grades": [ { "grade", "before", "after" } ] } } }
/// </code>
/// where a change is <c>{ "kind": "added|removed|changed", "subject", "aspect", "before", "after" }</c>.
/// </summary>
public static class DiffJsonWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>, followed by a newline.</summary>
    public static void Write(DiffReport report, TextWriter output)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("rules", report.RulesPath);
            WriteSide(json, "from", report.From);
            WriteSide(json, "to", report.To);
            json.WriteStartArray("policies");
            foreach (var set in report.Sets) WriteSet(json, set);
            json.WriteEndArray();
            if (report.Impact is { } impact) WriteImpact(json, impact);
            else json.WriteNull("impact");
            json.WriteEndObject();
        });
    }

    private static void WriteSide(Utf8JsonWriter json, string name, DiffSide side)
    {
        json.WriteStartObject(name);
        json.WriteString("spec", side.Spec);
        json.WriteString("commit", side.Commit);
        json.WriteString("version", side.Version);
        json.WriteEndObject();
    }

    private static void WriteSet(Utf8JsonWriter json, PolicySetDiff set)
    {
        json.WriteStartObject();
        json.WriteString("folder", set.Folder);
        json.WriteStartArray("versions");
        foreach (var v in set.Versions)
        {
            json.WriteStartObject();
            json.WriteString("from", v.FromVersion);
            json.WriteString("to", v.ToVersion);
            json.WriteString("title", v.Title);
            json.WriteString("status", v.IsEmpty ? "unchanged" : Kind(v.Status));
            WriteChanges(json, "policy", v.Policy);
            json.WriteStartArray("scorecards");
            foreach (var card in v.Scorecards)
            {
                json.WriteStartObject();
                json.WriteString("id", card.Id);
                json.WriteString("title", card.Title);
                json.WriteString("status", Kind(card.Status));
                WriteChanges(json, "changes", card.Changes);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter json, string name, IReadOnlyList<RuleChange> changes)
    {
        json.WriteStartArray(name);
        foreach (var c in changes)
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind(c.Kind));
            json.WriteString("subject", c.Subject);
            json.WriteString("aspect", c.Aspect);
            json.WriteString("before", c.Before);
            json.WriteString("after", c.After);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteImpact(Utf8JsonWriter json, ImpactReport impact)
    {
        json.WriteStartObject("impact");
        json.WriteString("period", impact.Period);
        json.WriteString("data", impact.DataFolder);
        json.WriteString("fromVersion", impact.FromVersion);
        json.WriteString("toVersion", impact.ToVersion);
        json.WriteBoolean("ignoresEffectiveRange", impact.IgnoresEffectiveRange);
        json.WriteStartArray("people");
        foreach (var p in impact.People)
        {
            json.WriteStartObject();
            json.WriteString("person", p.Person);
            json.WriteString("name", p.Name);
            json.WriteString("scorecardBefore", p.ScorecardBefore);
            json.WriteString("scorecardAfter", p.ScorecardAfter);
            json.WriteDataNumber("totalBefore", p.TotalBefore);
            json.WriteDataNumber("totalAfter", p.TotalAfter);
            json.WriteDataNumber("delta", p.Delta);
            json.WriteString("gradeBefore", p.GradeBefore);
            json.WriteString("gradeAfter", p.GradeAfter);
            json.WriteBoolean("gradeChanged", p.GradeChanged);
            json.WriteString("errorBefore", p.ErrorBefore);
            json.WriteString("errorAfter", p.ErrorAfter);
            json.WriteStartArray("drivers");
            foreach (var d in p.Drivers)
            {
                json.WriteStartObject();
                json.WriteString("item", d.Item);
                json.WriteString("kind", d.Kind);
                json.WriteDataNumber("before", d.Before);
                json.WriteDataNumber("after", d.After);
                json.WriteDataNumber("delta", d.Delta);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var s = impact.Summary;
        json.WriteStartObject("summary");
        json.WriteNumber("people", s.People);
        json.WriteNumber("gradeChanges", s.GradeChanges);
        json.WriteNumber("totalChanges", s.TotalChanges);
        json.WriteDataNumber("meanDelta", s.MeanDelta);
        if (s.Largest is { Delta: { } delta } largest)
        {
            json.WriteStartObject("largest");
            json.WriteString("person", largest.Person);
            json.WriteDataNumber("delta", delta);
            json.WriteEndObject();
        }
        else json.WriteNull("largest");
        json.WriteStartArray("grades");
        foreach (var g in s.Grades)
        {
            json.WriteStartObject();
            json.WriteString("grade", g.Grade);
            json.WriteNumber("before", g.Before);
            json.WriteNumber("after", g.After);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();
}
