using System.Globalization;
using ScoreRules.Cli.Commands;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The output of <c>scorerules explain</c>: one person's result in sentences an HR author reads, every
/// number with where it came from and the rule (<c>file:line</c>) that made it. Sections: metrics,
/// dimensions, rated items, bonus, total, alerts, PDCA. Contributions are rounded to one decimal by
/// largest remainder (<see cref="DisplayRounding"/>), so the points shown add up to the total shown.
/// The format is described in docs/results.md.
/// </summary>
internal static class ExplainWriter
{
    private const int Decimals = 1;

    /// <summary>Writes the explanation of <paramref name="person"/> to <paramref name="output"/>.</summary>
    public static void Write(EvaluationRun run, PersonResult person, TextWriter output)
    {
        var policy = run.Policy;
        var card = policy.Scorecards.FirstOrDefault(c => c.Id == person.Scorecard);
        var shown = ShownContributions(person);
        var lines = new List<string>
        {
            Header(person, card, run.Result.Period),
            $"policy {run.Result.Policy}, version {run.Result.Version}, rules {run.Result.ContentHash[..Math.Min(12, run.Result.ContentHash.Length)]}",
            "",
            "metrics",
        };
        foreach (var m in person.Metrics)
            lines.Add("  " + MetricSentence(m, policy.Metric(m.Id), card, shown.TryGetValue("metric:" + m.Id, out var c) ? c : null));
        if (person.Metrics.Count == 0) lines.Add("  none");

        if (card is not null)
        {
            lines.Add("");
            lines.Add("dimensions");
            foreach (var d in person.Dimensions)
                lines.Add("  " + DimensionSentence(d, person, shown, card));
        }

        if (person.Rated.Count > 0)
        {
            lines.Add("");
            lines.Add("rated");
            foreach (var r in person.Rated)
                lines.AddRange(RatedLines(r, policy, shown.GetValueOrDefault("rated:" + r.Id)));
        }

        if (person.Bonuses.Count > 0)
        {
            lines.Add("");
            lines.Add("bonus");
            foreach (var b in person.Bonuses)
                lines.Add("  " + BonusSentence(b, policy));
        }

        lines.Add("");
        lines.Add("total");
        lines.Add("  " + TotalSentence(person, card, policy, shown));

        lines.Add("");
        lines.Add("alerts");
        foreach (var a in person.Alerts)
            lines.Add($"  {a.Id}: {a.Message} [{ResultText.Place(a.Location)}]");
        if (person.Alerts.Count == 0) lines.Add("  none");

        lines.Add("");
        lines.Add("PDCA");
        lines.AddRange(PdcaLines(person, policy));
        if (person.Improvements.Count == 0) lines.Add("  none");

        output.Write(string.Join("\n", lines) + "\n");
    }

    /// <summary>
    /// The contribution shown for each weighted item ("metric:ID", "rated:ID") and for "bonus", rounded
    /// by largest remainder so that they add up to the total shown; empty when there is no total.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> ShownContributions(PersonResult person)
    {
        var keys = new List<string>();
        var values = new List<decimal>();
        foreach (var m in person.Metrics)
            if (m.Dimension is not null && m.Contribution is { } c) { keys.Add("metric:" + m.Id); values.Add(c); }
        foreach (var r in person.Rated)
            if (r.Dimension is not null && r.Contribution is { } c) { keys.Add("rated:" + r.Id); values.Add(c); }
        if (person.Bonuses.Count > 0) { keys.Add("bonus"); values.Add(person.Bonus); }
        if (person.Total is not { } total) return new Dictionary<string, decimal>();
        var rounded = DisplayRounding.LargestRemainder(values, Decimals, total);
        return keys.Zip(rounded).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
    }

    private static string Header(PersonResult p, ScorecardModel? card, string period)
    {
        var parts = new List<string> { p.Name is { } name ? $"{p.Person} {name}" : p.Person };
        if (p.Role is { } role) parts.Add($"role {role}");
        parts.Add(card is null ? "no scorecard" : $"scorecard {ResultText.Named(card.Id, card.Title)}");
        parts.Add($"period {period}");
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// One metric in words: "FRT = 27.5 min (p90 of … over 42 rows of tickets whose `created` falls in
    /// 2026-03 where …; 3 skipped: …) → target &lt; 30 min met → score 100 × weight 15 % = 15 points [file:line]".
    /// </summary>
    public static string MetricSentence(MetricResult m, MetricModel? model, ScorecardModel? card, decimal? shownContribution)
    {
        var text = $"{ResultText.Named(m.Id, m.Name)} = {Value(m)}{Derivation(m, model)}";
        if (m.Status == ValueStatus.Ok && m.Value is { } value)
        {
            if (m.Target is { } target)
                text += $" → target {ResultText.Target(target, m.Unit)} {(target.IsMet(value) ? "met" : "missed")}";
            if (m.Score is { } score)
                text += $" → score {ValueFormatter.Points(score)}";
        }
        text += Weighting(m, card, shownContribution);
        return $"{text} [{ResultText.Place(m.Trace.Location)}]";
    }

    private static string Value(MetricResult m) => m.Status switch
    {
        ValueStatus.Ok => ValueFormatter.Format(m.Value, m.Unit),
        ValueStatus.NoData => "no data",
        _ => "error",
    };

    private static string Derivation(MetricResult m, MetricModel? model)
    {
        var trace = m.Trace;
        if (trace.Source is null)
            return trace.Formula.Length == 0 ? "" : $" ({trace.Formula})";
        var parts = FormulaText.Describe(model?.Value, trace.Formula);
        var rows = $"{Plural.Of(trace.RowsUsed, "row")} of {trace.Source}";
        if (trace.Population is { } population)
            rows += population.StartsWith("rows ", StringComparison.Ordinal) ? population["rows".Length..] : $" ({population})";
        var text = parts is null
            ? $"{trace.Formula}: {rows}"
            : $"{parts.What} over {rows}{(parts.Where is { } where ? $" where {where}" : "")}";
        foreach (var (reason, count) in trace.RowsSkipped.OrderBy(s => s.Key, StringComparer.Ordinal))
            text += $"; {count.ToString(CultureInfo.InvariantCulture)} skipped: {reason}";
        if (trace.BadData.Count > 0)
            text += $"; {Plural.Of(trace.BadData.Values.Sum(), "row")} skipped as bad data: "
                + string.Join(", ", trace.BadData.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} ({s.Value.ToString(CultureInfo.InvariantCulture)})"));
        return $" ({text})";
    }

    private static string Weighting(MetricResult m, ScorecardModel? card, decimal? shown)
    {
        if (m.Dimension is null || m.Weight == 0)
            return m.Status == ValueStatus.Ok ? " (reported only, not weighted)" : "";
        var weight = $"weight {ValueFormatter.Weight(m.Weight)}";
        if (m.EffectiveWeight != m.Weight && m.EffectiveWeight != 0)
            weight += $" ({ValueFormatter.Weight(m.EffectiveWeight)} after reweighting)";
        if (m.Score is not null)
            return $" × {weight} = {ValueFormatter.Points(shown ?? m.Contribution)} points";
        return card?.Missing switch
        {
            MissingPolicy.Zero when m.Status == ValueStatus.NoData => $" → score 0 (missing zero) × {weight} = {ValueFormatter.Points(shown ?? 0m)} points",
            MissingPolicy.Fail => $" → not scored: the scorecard says `missing fail` ({weight})",
            _ when m.Status == ValueStatus.NoData => $" → not scored: its {weight} is spread over the items with data (missing reweight)",
            _ => $" → not scored ({weight})",
        };
    }

    /// <summary>"客戶體驗, weight 50 %: score 75 → 37.5 points (csat 22.5 + ces 15) [file:line]".</summary>
    private static string DimensionSentence(DimensionResult d, PersonResult person, IReadOnlyDictionary<string, decimal> shown, ScorecardModel card)
    {
        var items = person.Metrics.Where(m => m.Dimension == d.Id).Select(m => (m.Id, Key: "metric:" + m.Id))
            .Concat(person.Rated.Where(r => r.Dimension == d.Id).Select(r => (r.Id, Key: "rated:" + r.Id)))
            .Where(x => shown.ContainsKey(x.Key))
            .ToList();
        var text = $"{ResultText.Named(d.Id, d.Name)}, weight {ValueFormatter.Weight(d.Weight)}: ";
        var members = person.Metrics.Where(m => m.Dimension == d.Id).Select(m => m.Id)
            .Concat(person.Rated.Where(r => r.Dimension == d.Id).Select(r => r.Id)).ToList();
        // A dimension of 0 % items is there to report them: "no data" would wrongly say its items have none.
        if (d.Weight == 0 && d.Score is null)
            text += members.Count == 0 ? "reported only, not weighted" : $"reported only, not weighted ({string.Join(", ", members)})";
        else if (d.Score is not { } score)
            text += "no data";
        else if (items.Count == 0)
            text += $"score {ValueFormatter.Points(score)}";
        else
        {
            var sum = items.Sum(x => shown[x.Key]);
            var terms = string.Join(" + ", items.Select(x => $"{x.Id} {ValueFormatter.Points(shown[x.Key])}"));
            text += $"score {ValueFormatter.Points(score)} → {ValueFormatter.Points(sum)} points ({terms})";
        }
        return $"{text} [{ResultText.Place(card.Location)}]";
    }

    private static IEnumerable<string> RatedLines(RatedResult r, PolicyModel policy, decimal? shown)
    {
        policy.RatedItems.TryGetValue(r.Id, out var model);
        var scale = model is not null && policy.Scales.TryGetValue(model.Scale, out var s) ? s : null;
        var text = $"{ResultText.Named(r.Id, r.Name)} = ";
        if (r.Level is { } level)
        {
            var top = scale?.Levels.Count > 0 ? scale.Levels.Max(l => l.Level) : 5;
            var rounded = (int)Math.Round(level, MidpointRounding.AwayFromZero);
            text += $"level {ValueFormatter.Number(level, 2)} of {top} (weighted mean of {Plural.Of(r.Raters.Count, "rating")}";
            if (model is { Raters.Count: > 0 })
                text += ": " + string.Join(", ", model.Raters.Select(x => $"{x.Role} {ValueFormatter.Weight(x.Weight)}"));
            text += ")";
            if (r.Anchor is { } anchor) text += $" → level {rounded} \"{anchor}\"";
            if (model?.Target is { } target) text += $" → target {ResultText.Target(target, null)} {(target.IsMet(level) ? "met" : "missed")}";
            if (r.Score is { } score) text += $" → score {ValueFormatter.Points(score)}";
            if (r.Dimension is not null && r.Weight > 0)
            {
                var weight = $"weight {ValueFormatter.Weight(r.Weight)}";
                if (r.EffectiveWeight != r.Weight && r.EffectiveWeight != 0) weight += $" ({ValueFormatter.Weight(r.EffectiveWeight)} after reweighting)";
                text += $" × {weight} = {ValueFormatter.Points(shown ?? r.Contribution)} points";
            }
            else text += " (reported only, not weighted)";
        }
        else
        {
            var needed = model?.MinRaters ?? 1;
            text += $"no data ({Plural.Of(r.Raters.Select(x => x.Rater).Distinct(StringComparer.Ordinal).Count(), "rater")}, {needed} needed)";
            if (r.Dimension is not null && r.Weight > 0) text += $" → not scored (weight {ValueFormatter.Weight(r.Weight)})";
        }
        yield return $"  {text} [{(model is null ? "" : ResultText.Place(model.Location))}]";
        foreach (var rating in r.Raters)
        {
            var evidence = new[] { rating.Situation, rating.Behaviour, rating.Impact }.Where(e => !string.IsNullOrWhiteSpace(e)).ToList();
            yield return $"    {rating.Rater} ({rating.Role}): level {ValueFormatter.Number(rating.Level, 2)} — "
                + (evidence.Count == 0 ? "no evidence given" : string.Join(" / ", evidence));
        }
        if (r.Disagreement && model?.Disagreement is { } limit && r.Raters.Count > 1)
        {
            var spread = r.Raters.Max(x => x.Level) - r.Raters.Min(x => x.Level);
            yield return $"    raters disagree: {ValueFormatter.Number(spread, 2)} levels apart, more than the {ValueFormatter.Number(limit, 2)} allowed; review the rating";
        }
    }

    /// <summary>"創新貢獻: earned 7, cap 5 → 5 points added [file:line]".</summary>
    private static string BonusSentence(BonusResult b, PolicyModel policy)
    {
        var place = policy.Bonuses.TryGetValue(b.Id, out var model) ? ResultText.Place(model.Location) : "";
        var capped = b.Earned > b.Max ? $", above the cap of {ValueFormatter.Points(b.Max)}" : $", cap {ValueFormatter.Points(b.Max)}";
        return $"{ResultText.Named(b.Id, b.Name)}: earned {ValueFormatter.Points(b.Earned)}{capped} → {ValueFormatter.Points(b.Points)} points added [{place}]";
    }

    /// <summary>"客戶體驗 37.5 + 運營效率 18 + 學習成長 5 + bonus 5 = 65.5 → grade C 合格 (>= 60) [file:line]".</summary>
    private static string TotalSentence(PersonResult p, ScorecardModel? card, PolicyModel policy, IReadOnlyDictionary<string, decimal> shown)
    {
        if (card is null) return "no total: no scorecard applies to this person";
        var place = $" [{ResultText.Place(card.Location)}]";
        if (p.Error is { } error) return $"no total: {error}{place}";
        if (p.Total is not { } total) return $"no total: no weighted item has data{place}";

        var terms = new List<string>();
        foreach (var d in p.Dimensions)
        {
            var keys = p.Metrics.Where(m => m.Dimension == d.Id).Select(m => "metric:" + m.Id)
                .Concat(p.Rated.Where(r => r.Dimension == d.Id).Select(r => "rated:" + r.Id))
                .Where(shown.ContainsKey).ToList();
            if (keys.Count > 0) terms.Add($"{d.Name} {ValueFormatter.Points(keys.Sum(k => shown[k]))}");
        }
        if (shown.TryGetValue("bonus", out var bonus)) terms.Add($"bonus {ValueFormatter.Points(bonus)}");
        var grade = policy.Grades.FirstOrDefault(g => g.Name == p.Grade);
        var gradeText = grade is null ? "" : $" → grade {ResultText.Grade(policy, grade.Name)} ({(grade.Minimum is { } min ? $">= {ValueFormatter.Number(min, 2)}" : "else")})";
        return $"{string.Join(" + ", terms)} = {ValueFormatter.Points(total)}{gradeText}{place}";
    }

    private static IEnumerable<string> PdcaLines(PersonResult p, PolicyModel policy)
    {
        // Fired items come in the order of the improve rules, so each is matched to the next rule for its metric.
        var next = 0;
        foreach (var item in p.Improvements)
        {
            var index = -1;
            for (var i = next; i < policy.Improvements.Count; i++)
                if (policy.Improvements[i].Metric == item.Metric) { index = i; break; }
            var rule = index >= 0 ? policy.Improvements[index] : null;
            if (index >= 0) next = index + 1;
            var metric = p.Metrics.FirstOrDefault(m => m.Id == item.Metric);
            yield return $"  {ResultText.Named(item.Metric, metric?.Name)} [{(rule is null ? "" : ResultText.Place(rule.Location))}]";
            if (item.Plan is { } plan) yield return $"    plan: {plan}";
            if (item.Do is { } @do)
            {
                var details = new List<string>();
                if (item.Owner is { } owner) details.Add($"owner {owner}");
                if (item.Due is { } due) details.Add($"due {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                yield return $"    do: {@do}{(details.Count > 0 ? $" ({string.Join(", ", details)})" : "")}";
            }
            if (item.Check is { } check) yield return $"    check: {check} next period";
            if (item.Act is { } act) yield return $"    act: {act}";
        }
    }
}
