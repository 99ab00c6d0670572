using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Works out a <see cref="SamplePlan"/> from policy versions: the sources their results read (grouped by
/// file, since several sources may read one export), what each file records, where each column's values
/// come from, and which people each scorecard needs.
/// </summary>
internal static class SamplePlanner
{
    /// <summary>The plan for <paramref name="versions"/> (at least one).</summary>
    public static SamplePlan Plan(IReadOnlyList<PolicyModel> versions)
    {
        var first = versions[0];
        var zone = Timestamps.IsKnownTimeZone(first.TimeZone) ? Timestamps.FindZone(first.TimeZone) : DateTimeZone.Utc;

        var sources = new List<SourceModel>();
        foreach (var version in versions)
            foreach (var id in DataSetLoader.SourcesUsed(version))
                if (version.Sources.TryGetValue(id, out var source) && sources.All(s => s.Id != id))
                    sources.Add(source);

        var words = new Dictionary<(string Source, string Field), SortedSet<string>>();
        foreach (var version in versions) CollectWords(version, words);

        var people = sources.FirstOrDefault(s => s.Id == PolicyEvaluator.PeopleSource);
        var peopleColumns = people?.Fields.Select(f => f.Column).Distinct().ToList() ?? [];
        var peopleId = people?.Field(people.PersonField)?.Column;

        var files = sources
            .GroupBy(s => s.Path, StringComparer.Ordinal)
            // A person's own source first (tickets before team_tickets), so its layout leads the file's.
            .Select(g => PlanFile(g.OrderBy(s => IsTeamSource(s, peopleId, peopleColumns) ? 1 : 0).ToList(), peopleId, peopleColumns, words))
            .OrderBy(f => f.Kind == FactKind.People ? 0 : 1)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

        return new SamplePlan
        {
            Versions = versions,
            Zone = zone,
            Calendar = ChooseCalendar(versions, zone),
            Language = SampleLanguages.Of(first),
            Files = files,
            Cards = PlanCards(versions, people, peopleId, peopleColumns),
        };
    }

    private static FilePlan PlanFile(IReadOnlyList<SourceModel> sources, string? peopleId, IReadOnlyList<string> peopleColumns,
        Dictionary<(string Source, string Field), SortedSet<string>> words)
    {
        var kind = Classify(sources);
        var spec = KindCatalog.Of(kind);
        var columns = new List<ColumnPlan>();
        // Keys first, then whose row it is, then the other columns as the sources declare them.
        var keys = sources.Select(s => s.KeyField is { } k ? s.Field(k)?.Column : null).OfType<string>();
        var owners = sources.Select(s => s.Field(s.PersonField)?.Column).OfType<string>();
        var order = keys.Concat(owners).Concat(sources.SelectMany(s => s.Fields.Select(f => f.Column))).Distinct(StringComparer.Ordinal).ToList();
        foreach (var column in order)
        {
            var readers = sources.SelectMany(s => s.Fields.Where(f => f.Column == column).Select(f => (Source: s, Field: f))).ToList();
            var field = readers[0].Field;
            var map = readers.Select(r => r.Field.Map).FirstOrDefault(m => m is not null);
            if (map is not null && field.Map is null) field = field with { Map = map };
            var required = readers.Any(r => !r.Field.Optional || r.Source.KeyField == r.Field.Name || r.Source.PersonField == r.Field.Name);
            var columnWords = readers
                .SelectMany(r => words.TryGetValue((r.Source.Id, r.Field.Name), out var set) ? set : [])
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

            var isPerson = readers.Any(r => r.Source.PersonField == r.Field.Name);
            var isKey = readers.Any(r => r.Source.KeyField == r.Field.Name);
            var isAt = readers.Any(r => r.Source.AtField == r.Field.Name);
            ColumnRole role;
            string? attribute = null;
            if (kind == FactKind.People)
            {
                role = isPerson ? ColumnRole.Owner : ColumnRole.Fallback;
            }
            else if (column == peopleId) role = ColumnRole.Owner;
            else if (peopleColumns.Contains(column)) role = ColumnRole.PersonColumn;
            else if (isPerson) role = ColumnRole.Owner;
            else if (isKey) role = ColumnRole.Key;
            else role = ColumnRole.Fallback;

            if (role == ColumnRole.Fallback && spec is null && isAt)
            {
                role = ColumnRole.Attribute;
                attribute = Attr.At;
            }
            if (role == ColumnRole.Fallback && spec is not null)
            {
                attribute = isAt ? spec.Primary : BestAttribute(spec, column, readers.Select(r => r.Field), field.Type);
                if (attribute is not null) role = ColumnRole.Attribute;
            }
            columns.Add(new ColumnPlan(column, field, required, role, attribute, columnWords));
        }
        var markers = sources.Select(s => s.MissingMarkers.Where(m => m.Trim().Length > 0).ToList()).ToList();
        var noAnswer = markers[0].FirstOrDefault(m => markers.All(list => list.Contains(m, StringComparer.OrdinalIgnoreCase))) ?? "";
        return new FilePlan(sources[0].Path, kind, sources, columns, noAnswer);
    }

    /// <summary>True when <paramref name="source"/> gives its rows to a person named in another people column (e.g. the manager).</summary>
    private static bool IsTeamSource(SourceModel source, string? peopleId, IReadOnlyList<string> peopleColumns) =>
        source.Field(source.PersonField)?.Column is { } column && column != peopleId && peopleColumns.Contains(column);

    /// <summary>The kind whose words best match the sources' names, file name, fields and columns.</summary>
    internal static FactKind Classify(IReadOnlyList<SourceModel> sources)
    {
        if (sources.Any(s => s.Id == PolicyEvaluator.PeopleSource)) return FactKind.People;
        var names = sources.Select(s => s.Id).Append(Path.GetFileNameWithoutExtension(sources[0].Path)).ToList();
        var fields = sources.SelectMany(s => s.Fields).ToList();
        var best = FactKind.Generic;
        var bestScore = 0;
        foreach (var spec in KindCatalog.Kinds)
        {
            if (spec.Kind == FactKind.People) continue;
            var score = KindCatalog.Match(names, spec.NameWords) > 0 ? 3 : 0;
            score += spec.Attributes.Count(a => fields.Any(f => a.Shape.Fits(f.Type) && KindCatalog.Match([f.Name, f.Column], a.Words) > 0));
            if (score > bestScore)
            {
                best = spec.Kind;
                bestScore = score;
            }
        }
        // One column name alone (a "date" column) is too little to go on.
        return bestScore >= 2 ? best : FactKind.Generic;
    }

    private static string? BestAttribute(KindCatalog.KindSpec spec, string column, IEnumerable<FieldModel> fields, FieldType type)
    {
        var names = fields.Select(f => f.Name).Append(column).ToList();
        string? best = null;
        var bestScore = 0;
        foreach (var a in spec.Attributes)
        {
            if (!a.Shape.Fits(type)) continue;
            var score = KindCatalog.Match(names, a.Words);
            if (score > bestScore)
            {
                best = a.Key;
                bestScore = score;
            }
        }
        return best;
    }

    private static IReadOnlyList<CardPlan> PlanCards(IReadOnlyList<PolicyModel> versions, SourceModel? people, string? peopleId,
        IReadOnlyList<string> peopleColumns)
    {
        var cards = new List<CardPlan>();
        foreach (var version in versions)
        {
            foreach (var card in version.Scorecards)
            {
                if (cards.Any(c => c.Id == card.Id)) continue;
                var values = RuleConditions.Requirements(card.For)
                    .Select(r => (Column: people?.Field(r.Field)?.Column, r.Value))
                    .Where(r => r.Column is not null)
                    .Select(r => (r.Column!, r.Value))
                    .ToList();
                var sources = new SortedSet<string>(StringComparer.Ordinal);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (metric, _) in card.Dimensions.SelectMany(d => d.Weights)) RuleConditions.CollectNamed(version, metric, sources, seen);
                foreach (var bonus in card.Bonuses) RuleConditions.CollectNamed(version, bonus, sources, seen);
                var isTeam = people is not null && sources.Count > 0 && sources.All(id =>
                    version.Sources.TryGetValue(id, out var s) && IsTeamSource(s, peopleId, peopleColumns));
                cards.Add(new CardPlan(card.Id, values, isTeam));
            }
        }
        return cards;
    }

    private static void CollectWords(PolicyModel version, Dictionary<(string Source, string Field), SortedSet<string>> words)
    {
        foreach (var metric in version.Metrics) RuleConditions.CollectWords(metric.Value, null, words);
        foreach (var bonus in version.Bonuses.Values) RuleConditions.CollectWords(bonus.Value, null, words);
        foreach (var rated in version.RatedItems.Values) RuleConditions.CollectWords(rated.Where, rated.Source, words);
        foreach (var improve in version.Improvements) RuleConditions.CollectWords(improve.When, null, words);
        foreach (var alert in version.Alerts) RuleConditions.CollectWords(alert.When, null, words);
        foreach (var card in version.Scorecards) RuleConditions.CollectWords(card.For, PolicyEvaluator.PeopleSource, words);
    }

    private static BusinessCalendar ChooseCalendar(IReadOnlyList<PolicyModel> versions, DateTimeZone zone)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(Expr? e)
        {
            switch (e)
            {
                case NameRef { Kind: NameKind.Calendar } n: uses[n.Name] = uses.GetValueOrDefault(n.Name) + 1; break;
                case AggregateExpr a: foreach (var x in a.Arguments) Count(x); Count(a.Where); break;
                case CallExpr c: foreach (var x in c.Arguments) Count(x); break;
                case BinaryExpr b: Count(b.Left); Count(b.Right); break;
                case UnaryExpr u: Count(u.Operand); break;
            }
        }
        // Only metrics a scorecard weighs: a library may declare metrics on another calendar that nobody uses.
        foreach (var version in versions)
            foreach (var (metric, _) in version.Scorecards.SelectMany(c => c.Dimensions).SelectMany(d => d.Weights))
                Count(version.Metric(metric)?.Value);
        var calendars = versions[0].Calendars;
        var chosen = uses.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => calendars.GetValueOrDefault(u.Key)).FirstOrDefault(c => c is not null)
            ?? calendars.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value).FirstOrDefault();
        if (chosen is not null) return CalendarFactory.Build(chosen);
        var hours = WeeklyHours.Empty.Add(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new WorkingTimeRange(new LocalTime(9, 0), new LocalTime(18, 0)));
        return new BusinessCalendar(zone, hours);
    }
}
