using System.Globalization;
using nietras.SeparatedValues;
using ScoreRules.Cli.Commands;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The <c>--format csv</c> output of <c>scorerules eval</c>: one row per person and scored item (each
/// metric, each BARS-rated item, each bonus), comma-separated, quoted where needed (RFC 4180), LF line
/// ends. A person with no item still gets one row, with the item columns empty. Numbers are unrounded,
/// in invariant culture; percents and weights are ratios 0..1. Columns: see <see cref="Columns"/>
/// and docs/results.md.
/// </summary>
internal static class ResultCsvWriter
{
    /// <summary>The header row, in order.</summary>
    public static readonly string[] Columns =
    [
        "person", "name", "role", "scorecard", "kind", "metric", "value", "unit", "status", "target", "met",
        "score", "weight", "effective_weight", "contribution", "total", "grade",
    ];

    /// <summary>Writes the rows of <paramref name="run"/> to <paramref name="output"/>.</summary>
    public static void Write(EvaluationRun run, TextWriter output) => Write([run], output, withPeriod: false);

    /// <summary>
    /// Writes the rows of every run of a range of periods to <paramref name="output"/>, in period order, with a first
    /// column <c>period</c> (<c>2016-03</c>) before <see cref="Columns"/>.
    /// </summary>
    public static void WriteRange(IReadOnlyList<EvaluationRun> runs, TextWriter output) => Write(runs, output, withPeriod: true);

    private static void Write(IReadOnlyList<EvaluationRun> runs, TextWriter output, bool withPeriod)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true))
        {
            if (withPeriod) writer.Header.Add("period");
            foreach (var name in Columns) writer.Header.Add(name);
            foreach (var (run, person) in runs.SelectMany(r => r.Result.People.Select(p => (r, p))))
            {
                var rows = Rows(person, run.Policy).ToList();
                if (rows.Count == 0) rows.Add(new Item("", "", null, null, null, null, null, null, null, null, null));
                foreach (var item in rows)
                {
                    using var row = writer.NewRow();
                    if (withPeriod) row["period"].Set(run.Result.Period);
                    row["person"].Set(person.Person);
                    row["name"].Set(person.Name ?? "");
                    row["role"].Set(person.Role ?? "");
                    row["scorecard"].Set(person.Scorecard ?? "");
                    row["kind"].Set(item.Kind);
                    row["metric"].Set(item.Id);
                    row["value"].Set(Number(item.Value));
                    row["unit"].Set(item.Unit ?? "");
                    row["status"].Set(item.Status ?? "");
                    row["target"].Set(item.Target ?? "");
                    row["met"].Set(item.Met is { } met ? (met ? "true" : "false") : "");
                    row["score"].Set(Number(item.Score));
                    row["weight"].Set(Number(item.Weight));
                    row["effective_weight"].Set(Number(item.EffectiveWeight));
                    row["contribution"].Set(Number(item.Contribution));
                    row["total"].Set(Number(person.Total));
                    row["grade"].Set(person.Grade ?? "");
                }
            }
        }
        // Sep ends lines the platform's way; the output is the same on every platform.
        output.Write(text.ToString().ReplaceLineEndings("\n"));
    }

    private sealed record Item(string Kind, string Id, decimal? Value, string? Unit, string? Status, string? Target, bool? Met,
        decimal? Score, decimal? Weight, decimal? EffectiveWeight, decimal? Contribution);

    private static IEnumerable<Item> Rows(PersonResult person, PolicyModel policy)
    {
        foreach (var m in person.Metrics)
            yield return new Item("metric", m.Id, m.Value, m.Unit, ResultText.Status(m.Status),
                m.Target is { } t ? ResultText.RawTarget(t) : null, m.Met, m.Score, m.Weight, m.EffectiveWeight, m.Contribution);
        foreach (var r in person.Rated)
            yield return new Item("rated", r.Id, r.Level, "level", ResultText.Status(r.Status),
                policy.RatedItems.TryGetValue(r.Id, out var model) && model.Target is { } rt ? ResultText.RawTarget(rt) : null, r.Met, r.Score,
                r.Weight, r.EffectiveWeight, r.Contribution);
        foreach (var b in person.Bonuses)
            yield return new Item("bonus", b.Id, b.Earned, "points", "ok", $"<= {ResultText.Number(b.Max)}", null, null, null, null, b.Points);
    }

    private static string Number(decimal? value) => value is { } v ? ResultText.Number(v) : "";
}
