using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Evaluation;

/// <summary>Everything computed for one person: scorecard choice, metrics, ratings, bonus, total, alerts, PDCA.</summary>
internal sealed class PersonEvaluation
{
    private readonly EvaluationInput _input;
    private readonly string _person;
    private readonly DataWarnings _warnings;
    private readonly ISet<string> _errors;
    private readonly Dictionary<AppraisalPeriod, PersonContext> _contexts = [];
    private readonly Dictionary<string, RatedResult> _rated = new(StringComparer.Ordinal);

    public PersonEvaluation(EvaluationInput input, string person, DataWarnings warnings, ISet<string> errors)
    {
        _input = input;
        _person = person;
        _warnings = warnings;
        _errors = errors;
    }

    private PolicyModel Policy => _input.Policy;

    private PersonContext ContextFor(AppraisalPeriod period)
    {
        if (_contexts.TryGetValue(period, out var existing)) return existing;
        var context = new PersonContext(_input, _person, period, ContextFor, _warnings);
        context.ValueOf = (name, kind) => kind switch
        {
            NameKind.Rated when period == _input.Period => Rated(name).Level,
            NameKind.Bonus => BonusEarned(Policy.Bonuses[name], context),
            _ => throw new EvaluationException($"`{name}` has no value here", RuleLocation.None),
        };
        return _contexts[period] = context;
    }

    public PersonResult Run()
    {
        var context = ContextFor(_input.Period);
        var peopleRow = PeopleRow();
        var name = FieldsReadByName.PersonName.Select(n => Text(peopleRow, n)).FirstOrDefault(v => v is not null);
        var role = Text(peopleRow, FieldsReadByName.PersonRole);
        var card = ChooseScorecard(context, peopleRow);

        var weights = card?.Dimensions.SelectMany(d => d.Weights.Select(w => (Dimension: d.Id, w.Metric, w.Weight))).ToList() ?? [];
        var metricIds = weights.Select(w => w.Metric).Where(id => Policy.Metric(id) is not null)
            .Concat(Policy.Improvements.SelectMany(MetricsLookedAt))
            .Concat(card is null ? Policy.Scorecards.SelectMany(c => c.Dimensions.SelectMany(d => d.Weights.Select(w => w.Metric))) : [])
            .Where(id => Policy.Metric(id) is not null)
            .Distinct().ToList();

        var values = metricIds.ToDictionary(id => id, id => context.Metric(id), StringComparer.Ordinal);
        foreach (var (id, v) in values)
            if (v.Status == ValueStatus.Error && v.Error is not null) _errors.Add($"metric `{id}`: {v.Error}");

        var ratedIds = weights.Select(w => w.Metric).Where(Policy.RatedItems.ContainsKey).Concat(Policy.RatedItems.Keys).Distinct().ToList();
        var rated = ratedIds.Select(Rated).ToList();

        var scores = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var id in metricIds)
        {
            var metric = Policy.Metric(id)!;
            if (values[id].Value is { } v && metric.Score is CSharpScoreModel formula)
            {
                var (points, error) = CSharpFormulaRunner.Score(id, formula, metric.Location, v, _input);
                scores[id] = points;
                if (error is null) continue;
                // The value was computed, but without its score the metric cannot count: it is an error.
                values[id] = values[id] with { Value = null, Status = ValueStatus.Error, Error = error };
                _errors.Add($"metric `{id}`: {error}");
                continue;
            }
            scores[id] = values[id].Value is { } value && metric.Score is { } rule ? ScoreFunctions.Score(rule, value, metric.Target) : null;
        }
        foreach (var r in rated) scores[r.Id] = r.Score;

        var bonuses = (card?.Bonuses ?? []).Where(Policy.Bonuses.ContainsKey).Select(id =>
        {
            var bonus = Policy.Bonuses[id];
            var earned = BonusEarned(bonus, context);
            return new BonusResult(id, bonus.Title, earned, Math.Clamp(earned, 0m, bonus.Max), bonus.Max);
        }).ToList();
        var bonusPoints = bonuses.Sum(b => b.Points);

        var titles = metricIds.ToDictionary(id => id, id => Policy.Metric(id)!.Title, StringComparer.Ordinal);
        foreach (var r in rated) titles[r.Id] = r.Name;
        var outcome = card is null ? null : ScorecardCalculator.Compute(card, scores, bonusPoints, titles);

        var metrics = metricIds.Select(id =>
        {
            var metric = Policy.Metric(id)!;
            var value = values[id];
            var weight = weights.FirstOrDefault(w => w.Metric == id);
            return new MetricResult(id, metric.Title, value.Value, value.Status, metric.Unit, metric.Target,
                value.Value is { } v && metric.Target is { } t ? t.IsMet(v) : null,
                scores[id], weight.Dimension, weight.Weight, outcome?.EffectiveWeights.GetValueOrDefault(id) ?? 0m,
                outcome?.Contributions.GetValueOrDefault(id), Trace(metric, value));
        }).ToList();

        rated = rated.Select(r =>
        {
            var weight = weights.FirstOrDefault(w => w.Metric == r.Id);
            return r with
            {
                Dimension = weight.Dimension,
                Weight = weight.Weight,
                EffectiveWeight = outcome?.EffectiveWeights.GetValueOrDefault(r.Id) ?? 0m,
                Contribution = outcome?.Contributions.GetValueOrDefault(r.Id),
            };
        }).ToList();

        var total = outcome?.Total;
        var alerts = Alerts(context);
        var improvements = Improvements(metrics, rated, name);
        return new PersonResult(_person, name, role, card?.Id, total, total is { } tt ? Policy.GradeFor(tt)?.Name : null, bonusPoints,
            outcome?.Dimensions ?? [], metrics, rated, bonuses, alerts, improvements, outcome?.Error);
    }

    // The metrics a PDCA rule looks at: the one it improves, those its `when` names, and the one it checks next period.
    private static IEnumerable<string> MetricsLookedAt(ImproveModel rule)
    {
        yield return rule.Metric;
        if (rule.When is not null)
            foreach (var name in MetricNames(rule.When)) yield return name;
        if (rule.Check is not null) yield return rule.Check;
    }

    // The metric names in a condition, in the order they are written (an aggregation's rows hold fields, not metrics).
    private static IEnumerable<string> MetricNames(Expr e) => e switch
    {
        NameRef { Kind: NameKind.Metric } n => [n.Name],
        AggregateExpr => [],
        _ => e.Children().SelectMany(MetricNames),
    };

    private static string? Text((SourceTable Table, int Position)? row, string field)
    {
        if (row is not { } r) return null;
        var index = r.Table.FieldIndex(field);
        return index >= 0 && r.Table.Keeps(index) ? r.Table.ValueAt(index, r.Position)?.ToString() : null;
    }

    private (SourceTable, int)? PeopleRow() =>
        Policy.PeopleSource is { } id && _input.Tables.TryGetValue(id, out var people) && people.RowsOf(_person) is { Count: > 0 } rows
            ? (people, rows.PositionAt(rows.Count - 1))
            : null;

    private ScorecardModel? ChooseScorecard(PersonContext context, (SourceTable, int)? peopleRow)
    {
        foreach (var card in Policy.Scorecards)
        {
            if (card.For is null) return card;
            if (peopleRow is null) continue;
            context.CurrentRow = peopleRow;
            try
            {
                if (ExpressionEvaluator.Condition(card.For, context) == true) return card;
            }
            catch (EvaluationException e)
            {
                _errors.Add($"{e.Location}: {e.Message}");
            }
            finally
            {
                context.CurrentRow = null;
            }
        }
        return null;
    }

    private decimal BonusEarned(BonusModel bonus, PersonContext context)
    {
        try
        {
            return ExpressionEvaluator.ToNumber(ExpressionEvaluator.Evaluate(bonus.Value, context), bonus.Location) ?? 0m;
        }
        catch (EvaluationException e)
        {
            _errors.Add($"{e.Location}: {e.Message}");
            return 0m;
        }
    }

    private RatedResult Rated(string id)
    {
        if (_rated.TryGetValue(id, out var done)) return done;
        var item = Policy.RatedItems[id];
        var ratings = new List<RaterScore>();
        if (_input.Tables.TryGetValue(item.Source, out var table))
        {
            var context = ContextFor(_input.Period);
            var rows = context.RowsInPeriod(table, table.Source.AtField);
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                context.CurrentRow = (table, rows.PositionAt(r));
                try
                {
                    if (item.Where is not null && ExpressionEvaluator.Condition(item.Where, context) != true) continue;
                }
                catch (EvaluationException e)
                {
                    _errors.Add($"{e.Location}: {e.Message}");
                    continue;
                }
                finally
                {
                    context.CurrentRow = null;
                }
                string? Field(params string[] names) => names.Select(n => table.FieldIndex(n)).Where(i => i >= 0).Select(i => row.Values[i]?.ToString()).FirstOrDefault(v => v is not null);
                var level = table.FieldIndex(FieldsReadByName.Level) is var li and >= 0 ? row.Values[li] as decimal? : null;
                if (level is null) continue;
                ratings.Add(new RaterScore(Field(FieldsReadByName.Rater) ?? "", Field(FieldsReadByName.RaterRole) ?? "", level.Value,
                    Field(FieldsReadByName.Situation), Field(FieldsReadByName.Behaviour), Field(FieldsReadByName.Impact)));
            }
        }
        Policy.Scales.TryGetValue(item.Scale, out var scale);
        var result = RatingCalculator.Compute(item, scale, ratings);
        if (item.Score is CSharpScoreModel formula && result.Level is { } combined)
        {
            var (points, error) = CSharpFormulaRunner.Score(id, formula, item.Location, combined, _input);
            result = result with { Score = points };
            if (error is not null)
            {
                result = result with { Status = ValueStatus.Error };
                _errors.Add($"rated item `{id}`: {error}");
            }
        }
        return _rated[id] = result;
    }

    private IReadOnlyList<AlertResult> Alerts(PersonContext context)
    {
        var raised = new List<AlertResult>();
        foreach (var alert in Policy.Alerts)
        {
            try
            {
                if (ExpressionEvaluator.Condition(alert.When, context) == true)
                    raised.Add(new AlertResult(alert.Id, alert.Message, alert.Location));
            }
            catch (EvaluationException e)
            {
                _errors.Add($"{e.Location}: {e.Message}");
            }
        }
        return raised;
    }

    private IReadOnlyList<ImprovementResult> Improvements(IReadOnlyList<MetricResult> metrics, IReadOnlyList<RatedResult> rated, string? name)
    {
        var fired = new List<ImprovementResult>();
        var context = ContextFor(_input.Period);
        var lastDay = _input.Period.End.PlusDays(-1);
        foreach (var rule in Policy.Improvements)
        {
            var metric = metrics.FirstOrDefault(m => m.Id == rule.Metric)
                ?? rated.Where(r => r.Id == rule.Metric).Select(AsMetric).FirstOrDefault();
            if (metric is null) continue;
            bool fires;
            try
            {
                fires = rule.When is null ? metric.Met == false : ExpressionEvaluator.Condition(rule.When, context) == true;
            }
            catch (EvaluationException e)
            {
                _errors.Add($"{e.Location}: {e.Message}");
                continue;
            }
            if (!fires) continue;
            try
            {
                fired.Add(PdcaRenderer.Render(rule, metric, _person, name, _input.Period.ToString(), lastDay, _input.PdcaTemplates));
            }
            catch (EvaluationException e)
            {
                _errors.Add($"{e.Location}: {e.Message}");
            }
        }
        return fired;
    }

    // A PDCA rule may improve a BARS item: its level plays the metric's value.
    private MetricResult AsMetric(RatedResult r)
    {
        var item = Policy.RatedItems[r.Id];
        return new MetricResult(r.Id, r.Name, r.Level, r.Status, null, item.Target, r.Met, r.Score, r.Dimension, r.Weight,
            r.EffectiveWeight, r.Contribution, new MetricTrace("", item.Source, null, r.Raters.Count, r.Raters.Count, new Dictionary<string, int>(), item.Location));
    }

    private MetricTrace Trace(MetricModel metric, MetricValue value)
    {
        var at = value.Trace?.AtField;
        var population = at is null ? null : $"rows whose `{at}` falls in {_input.Period}";
        return new MetricTrace(metric.Formula ?? "", value.Trace?.Source, population, value.Trace?.RowsInPeriod ?? 0,
            value.Trace?.RowsUsed ?? 0, value.Trace?.Skipped ?? new Dictionary<string, int>(), metric.Location)
        {
            BadData = value.Trace?.BadData ?? new Dictionary<string, int>(),
        };
    }
}
