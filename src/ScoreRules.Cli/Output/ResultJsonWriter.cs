using ScoreRules.Engine.Display;
using System.Globalization;
using System.Text.Json;
using ScoreRules.Cli.Commands;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The <c>--format json</c> output of <c>scorerules eval</c>, for BI tools and scripts. One object:
/// policy, version, contentHash, period, people (one object per person, with dimensions, metrics,
/// rated items, bonuses, alerts and PDCA items), diagnostics (data warnings), diagnosticsNotListed (how many more were counted) and errors (rule
/// evaluation errors). Numbers are unrounded JSON numbers (ratios 0..1 for percents and weights,
/// points 0..100 for scores); a value without data is null and its <c>status</c> says why. The
/// schema is documented in docs/results.md; property order is fixed.
/// </summary>
internal static class ResultJsonWriter
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="output"/>.</summary>
    public static void Write(EvaluationRun run, TextWriter output) => JsonOutput.Write(output, json => WriteRun(json, run));

    /// <summary>Writes <paramref name="run"/> to <paramref name="output"/> as UTF-8 as it goes: the same bytes as <see cref="Write(EvaluationRun, TextWriter)">the text overload</see>.</summary>
    public static void Write(EvaluationRun run, Stream output) => JsonOutput.Write(output, json => WriteRun(json, run));

    /// <summary>
    /// Writes the runs of a range of periods to <paramref name="output"/>: <c>{ "periods": [ … ] }</c>, each element
    /// the object <see cref="Write(EvaluationRun, TextWriter)"/> gives for that period alone, in period order.
    /// </summary>
    public static void WriteRange(IReadOnlyList<EvaluationRun> runs, TextWriter output) => JsonOutput.Write(output, json => WriteRuns(json, runs));

    /// <summary>Writes the runs of a range of periods to <paramref name="output"/> as UTF-8 as it goes: the same bytes as <see cref="WriteRange(IReadOnlyList{EvaluationRun}, TextWriter)"/>.</summary>
    public static void WriteRange(IReadOnlyList<EvaluationRun> runs, Stream output) => JsonOutput.Write(output, json => WriteRuns(json, runs));

    private static void WriteRuns(Utf8JsonWriter json, IReadOnlyList<EvaluationRun> runs)
    {
        json.WriteStartObject();
        json.WriteStartArray("periods");
        foreach (var run in runs) WriteRun(json, run);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, EvaluationRun run)
    {
        var result = run.Result;
        json.WriteStartObject();
        json.WriteString("policy", result.Policy);
        json.WriteString("version", result.Version);
        json.WriteString("contentHash", result.ContentHash);
        json.WriteString("period", result.Period);
        json.WriteStartArray("people");
        foreach (var person in result.People)
        {
            WritePerson(json, person, run.Policy);
            json.FlushWhenFull();
        }
        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in run.DataDiagnostics)
        {
            json.WriteStartObject();
            json.WriteString("path", d.Path);
            json.WriteNumber("row", d.Row);
            json.WriteNumber("column", d.Column);
            json.WriteString("severity", d.IsError ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("diagnosticsNotListed", run.DataWarningsNotListed);
        json.WriteStartArray("errors");
        foreach (var e in result.Errors) json.WriteStringValue(e);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter json, PersonResult p, PolicyModel policy)
    {
        json.WriteStartObject();
        json.WriteString("person", p.Person);
        json.WriteString("name", p.Name);
        json.WriteString("role", p.Role);
        json.WriteString("scorecard", p.Scorecard);
        json.WriteDataNumber("total", p.Total);
        json.WriteString("grade", p.Grade);
        json.WriteString("gradeLabel", ResultText.GradeLabel(policy, p.Grade));
        json.WriteDataNumber("bonus", p.Bonus);

        json.WriteStartArray("dimensions");
        foreach (var d in p.Dimensions)
        {
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("name", d.Name);
            json.WriteDataNumber("score", d.Score);
            json.WriteDataNumber("weight", d.Weight);
            json.WriteDataNumber("contribution", d.Contribution);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("metrics");
        foreach (var m in p.Metrics) WriteMetric(json, m);
        json.WriteEndArray();

        json.WriteStartArray("rated");
        foreach (var r in p.Rated) WriteRated(json, r, policy);
        json.WriteEndArray();

        json.WriteStartArray("bonuses");
        foreach (var b in p.Bonuses)
        {
            json.WriteStartObject();
            json.WriteString("id", b.Id);
            json.WriteString("name", b.Name);
            json.WriteDataNumber("earned", b.Earned);
            json.WriteDataNumber("points", b.Points);
            json.WriteDataNumber("max", b.Max);
            json.WriteString("rule", policy.Bonuses.TryGetValue(b.Id, out var model) ? model.Location.ToString() : null);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("alerts");
        foreach (var a in p.Alerts)
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("message", a.Message);
            json.WriteString("rule", a.Location.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("improvements");
        foreach (var i in p.Improvements)
        {
            json.WriteStartObject();
            json.WriteString("metric", i.Metric);
            json.WriteString("plan", i.Plan);
            json.WriteString("do", i.Do);
            json.WriteString("owner", i.Owner);
            json.WriteString("due", i.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("check", i.Check);
            json.WriteString("act", i.Act);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteString("error", p.Error);
        json.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter json, MetricResult m)
    {
        json.WriteStartObject();
        json.WriteString("id", m.Id);
        json.WriteString("name", m.Name);
        json.WriteString("dimension", m.Dimension);
        json.WriteDataNumber("value", m.Value);
        json.WriteString("unit", m.Unit);
        json.WriteString("status", ResultText.Status(m.Status));
        Target(json, m.Target, m.Unit);
        Bool(json, "met", m.Met);
        json.WriteDataNumber("score", m.Score);
        json.WriteDataNumber("weight", m.Weight);
        json.WriteDataNumber("effectiveWeight", m.EffectiveWeight);
        json.WriteDataNumber("contribution", m.Contribution);
        json.WriteNumber("rows", m.Trace.RowsUsed);
        json.WriteNumber("rowsInPeriod", m.Trace.RowsInPeriod);
        json.WriteStartObject("skipped");
        foreach (var (reason, count) in m.Trace.RowsSkipped.OrderBy(s => s.Key, StringComparer.Ordinal))
            json.WriteNumber(reason, count);
        foreach (var (reason, count) in m.Trace.BadData.OrderBy(s => s.Key, StringComparer.Ordinal))
            json.WriteNumber($"bad data: {reason}", count);
        json.WriteEndObject();
        json.WriteString("formula", m.Trace.Formula);
        json.WriteString("rule", m.Trace.Location.ToString());
        json.WriteEndObject();
    }

    private static void WriteRated(Utf8JsonWriter json, RatedResult r, PolicyModel policy)
    {
        json.WriteStartObject();
        json.WriteString("id", r.Id);
        json.WriteString("name", r.Name);
        json.WriteString("dimension", r.Dimension);
        json.WriteDataNumber("level", r.Level);
        json.WriteString("status", ResultText.Status(r.Status));
        json.WriteString("anchor", r.Anchor);
        policy.RatedItems.TryGetValue(r.Id, out var model);
        Target(json, model?.Target, null);
        Bool(json, "met", r.Met);
        json.WriteDataNumber("score", r.Score);
        json.WriteDataNumber("weight", r.Weight);
        json.WriteDataNumber("effectiveWeight", r.EffectiveWeight);
        json.WriteDataNumber("contribution", r.Contribution);
        json.WriteBoolean("disagreement", r.Disagreement);
        json.WriteStartArray("raters");
        foreach (var s in r.Raters)
        {
            json.WriteStartObject();
            json.WriteString("rater", s.Rater);
            json.WriteString("role", s.Role);
            json.WriteDataNumber("level", s.Level);
            json.WriteString("situation", s.Situation);
            json.WriteString("behaviour", s.Behaviour);
            json.WriteString("impact", s.Impact);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("rule", model?.Location.ToString());
        json.WriteEndObject();
    }

    private static void Target(Utf8JsonWriter json, TargetModel? target, string? unit)
    {
        if (target is null)
        {
            json.WriteNull("target");
            return;
        }
        json.WriteStartObject("target");
        json.WriteString("op", target.Operator.ToSymbol());
        json.WriteDataNumber("value", target.Value);
        json.WriteString("unit", unit ?? target.Unit);
        json.WriteEndObject();
    }

    private static void Bool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } v) json.WriteBoolean(name, v);
        else json.WriteNull(name);
    }
}
