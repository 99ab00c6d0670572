using System.Security.Cryptography;
using System.Text;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>
/// Builds the <see cref="PolicyModel"/> of one policy version from its files (the file with the
/// <c>policy</c> header, the folder's shared files and everything they import). Bind only files that
/// checked without errors: the binder does not report problems, it fills gaps with defaults.
/// </summary>
public static class PolicyBinder
{
    /// <summary>
    /// Binds every version of every policy set of a check result, ordered by effective start then version
    /// label. Returns nothing when the check found errors: only checked rules are bound.
    /// </summary>
    public static IReadOnlyList<PolicyModel> BindAll(Checking.CheckResult check) =>
        check.HasErrors ? [] : check.PolicySets
            .SelectMany(set => set.Versions)
            .Select(Bind)
            .OrderBy(p => p.EffectiveFrom)
            .ThenBy(p => p.Version, StringComparer.Ordinal)
            .ToList();

    /// <summary>Binds one version the checker resolved (its own file, the folder's shared files and their imports).</summary>
    /// <param name="version">A version of a policy set that checked without errors.</param>
    public static PolicyModel Bind(Checking.PolicyVersion version) => Bind(version.Files);
    /// <summary>
    /// Binds the versions of each policy folder of a check result, folder by folder, leaving out library
    /// folders (no file with a policy header). Returns nothing when the check found errors.
    /// </summary>
    public static IReadOnlyList<BoundPolicySet> BindSets(Checking.CheckResult check) =>
        check.HasErrors ? [] : check.PolicySets
            .Select(set => new BoundPolicySet(set.Folder, set.Versions
                .Where(v => v.Header is not null)
                .Select(v => Bind(v.Files))
                .OrderBy(p => p.EffectiveFrom)
                .ThenBy(p => p.Version, StringComparer.Ordinal)
                .ToList()))
            .Where(set => set.Versions.Count > 0)
            .ToList();

    /// <summary>Binds the declarations of <paramref name="files"/> into one policy version.</summary>
    /// <param name="files">All files of the version; at most one should hold a <c>policy</c> header.</param>
    public static PolicyModel Bind(IReadOnlyList<ScoreFile> files)
    {
        var ordered = files.DistinctBy(f => f.Source.Path).OrderBy(f => f.Source.Path, StringComparer.Ordinal).ToList();
        var declarations = ordered.SelectMany(f => f.Declarations.Select(d => (File: f, Decl: d))).ToList();
        var names = Classifier(declarations.Select(x => x.Decl));
        ExpressionBinder BinderFor(ScoreFile f) => new(f.Source, names);

        var header = declarations.FirstOrDefault(x => x.Decl is PolicyDeclaration);
        var policy = header.Decl as PolicyDeclaration;
        var items = policy?.Items ?? SyntaxList<Item>.Empty;
        var zone = Text(items, "timezone") ?? "UTC";
        var effective = items.OfType<EffectiveItem>().FirstOrDefault();

        var calendars = new Dictionary<string, CalendarModel>(StringComparer.Ordinal);
        var sources = new Dictionary<string, SourceModel>(StringComparer.Ordinal);
        var metrics = new List<MetricModel>();
        var scales = new Dictionary<string, ScaleModel>(StringComparer.Ordinal);
        var rated = new Dictionary<string, RatedModel>(StringComparer.Ordinal);
        var bonuses = new Dictionary<string, BonusModel>(StringComparer.Ordinal);
        var cards = new Dictionary<string, ScorecardDeclaration>(StringComparer.Ordinal);
        var improvements = new List<ImproveModel>();
        var alerts = new List<AlertModel>();
        var tests = new List<TestModel>();

        foreach (var (file, decl) in declarations)
        {
            var b = BinderFor(file);
            switch (decl)
            {
                case CalendarDeclaration c: calendars.TryAdd(c.Id.Text, BindCalendar(c, zone, b)); break;
                case SourceDeclaration s: sources.TryAdd(s.Id.Text, SourceBinder.Bind(s, b)); break;
                case MetricDeclaration m: metrics.Add(BindMetric(m, b)); break;
                case ScaleDeclaration s: scales.TryAdd(s.Id.Text, BindScale(s, b)); break;
                case RatedDeclaration r: rated.TryAdd(r.Id.Text, BindRated(r, b)); break;
                case BonusDeclaration x: bonuses.TryAdd(x.Id.Text, BindBonus(x, b)); break;
                case ScorecardDeclaration s: cards.TryAdd(s.Id.Text, s); break;
                case ImproveDeclaration i: improvements.Add(BindImprove(i, b)); break;
                case AlertDeclaration a: alerts.Add(new AlertModel(a.Id?.Text ?? $"alert{alerts.Count + 1}", a.Message.Value, b.Bind(a.When), b.Locate(a))); break;
                case TestDeclaration t: tests.Add(BindTest(t, b)); break;
            }
        }

        var scorecards = declarations.Where(x => x.Decl is ScorecardDeclaration)
            .Select(x => ScorecardBinder.Bind((ScorecardDeclaration)x.Decl, cards, BinderFor(x.File)))
            .DistinctBy(c => c.Id).ToList();

        return new PolicyModel(
            policy?.Title.Value ?? "",
            Text(items, "version") ?? "",
            effective?.From.Value ?? DateOnly.MinValue,
            effective?.To.Value ?? DateOnly.MaxValue,
            ParsePeriodKind(Word(items, "period")),
            zone,
            Text(items, "description"),
            items.OfType<GradesItem>().FirstOrDefault()?.Grades.Select(g => new GradeModel(g.Grade.Text, g.Minimum?.Value, g.Label?.Value)).ToList() ?? [],
            calendars, sources, metrics, scales, rated, bonuses, scorecards, improvements, alerts, tests,
            ordered.Select(f => f.Source.Path).ToList(),
            Hash(ordered));
    }

    internal static string? Text(IEnumerable<Item> items, string keyword) =>
        items.OfType<TextSetting>().FirstOrDefault(s => s.Keyword == keyword)?.Value.Value;

    internal static string? Word(IEnumerable<Item> items, string keyword) =>
        items.OfType<WordSetting>().FirstOrDefault(s => s.Keyword == keyword)?.Value.Text;

    internal static decimal? Number(IEnumerable<Item> items, string keyword) =>
        items.OfType<NumberSetting>().FirstOrDefault(s => s.Keyword == keyword)?.Value.Value;

    private static PeriodKind ParsePeriodKind(string? word) => word switch
    {
        "week" => PeriodKind.Week,
        "quarter" => PeriodKind.Quarter,
        "year" => PeriodKind.Year,
        _ => PeriodKind.Month,
    };

    private static Func<string, NameKind> Classifier(IEnumerable<Declaration> declarations)
    {
        var kinds = new Dictionary<string, NameKind>(StringComparer.Ordinal);
        foreach (var d in declarations)
        {
            var kind = d switch
            {
                MetricDeclaration => NameKind.Metric,
                RatedDeclaration => NameKind.Rated,
                BonusDeclaration => NameKind.Bonus,
                CalendarDeclaration => NameKind.Calendar,
                _ => NameKind.Other,
            };
            if (kind != NameKind.Other && d is NamedDeclaration n) kinds.TryAdd(n.Id.Text, kind);
        }
        return name => kinds.GetValueOrDefault(name, NameKind.Other);
    }

    private static CalendarModel BindCalendar(CalendarDeclaration c, string policyZone, ExpressionBinder b)
    {
        var hours = new List<WorkingHoursModel>();
        foreach (var group in c.Items.OfType<HoursItem>().SelectMany(h => h.Groups))
        {
            var first = DayOf(group.FirstDay.Text);
            var last = group.LastDay is null ? first : DayOf(group.LastDay.Text);
            for (var day = (int)first; ; day = (day + 1) % 7)
            {
                foreach (var t in group.Times)
                    hours.Add(new WorkingHoursModel((DayOfWeek)day, t.Start, t.End, EndsAtMidnight: t.End == TimeOnly.MinValue));
                if (day == (int)last) break;
            }
        }
        var holidays = c.Items.OfType<HolidaysItem>().SelectMany(h => h.Days).Select(d => (d.From, d.To ?? d.From)).ToList();
        return new CalendarModel(c.Id.Text, c.Title?.Value ?? c.Id.Text, Text(c.Items, "timezone") ?? policyZone, hours, holidays, b.Locate(c));
    }

    private static DayOfWeek DayOf(string day) => day switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static MetricModel BindMetric(MetricDeclaration m, ExpressionBinder b)
    {
        var target = BindTarget(m.Items);
        var score = BindScore(m.Items, b) ?? (target is null ? null : new MetScoreModel());
        return new MetricModel(m.Id.Text, m.Title?.Value ?? m.Id.Text, Text(m.Items, "description"),
            m.Items.OfType<ValueItem>().FirstOrDefault() is { } v ? b.Bind(v.Value) : null,
            m.Items.OfType<CSharpValueItem>().FirstOrDefault()?.Code.Value,
            Word(m.Items, "unit"), Word(m.Items, "at"), target, score, b.Locate(m))
        {
            Formula = m.Items.OfType<ValueItem>().FirstOrDefault() is { } f ? b.Text(f.Value)
                : m.Items.OfType<CSharpValueItem>().FirstOrDefault() is { } c ? $"csharp \"{c.Code.Value}\"" : null,
            CSharpValueLocation = m.Items.OfType<CSharpValueItem>().FirstOrDefault() is { } code ? b.Locate(code.Code) : null,
        };
    }

    internal static TargetModel? BindTarget(IEnumerable<Item> items) =>
        items.OfType<TargetItem>().FirstOrDefault() is { } t ? new TargetModel(t.Operator, t.Value.Value, t.Unit?.Text) : null;

    internal static ScoreRuleModel? BindScore(IEnumerable<Item> items, ExpressionBinder b) => items.OfType<ScoreItem>().FirstOrDefault()?.Rule switch
    {
        LinearScore l => new LinearScoreModel(l.Points.Select(p => (p.Value.Value, p.Score.Value)).OrderBy(p => p.Item1).ToList()),
        BandsScore s => new BandsScoreModel(s.Bands.Select(x => (x.Operator, x.Bound?.Value ?? 0m, x.Score.Value)).ToList()),
        MetScore => new MetScoreModel(),
        CSharpScore c => new CSharpScoreModel(c.Code.Value) { CodeLocation = b.Locate(c.Code) },
        _ => null,
    };

    private static ScaleModel BindScale(ScaleDeclaration s, ExpressionBinder b) =>
        new(s.Id.Text, s.Title?.Value ?? s.Id.Text,
            s.Items.OfType<ScaleLevel>().Select(l => ((int)l.Level.Value, l.Anchor.Value)).OrderBy(l => l.Item1).ToList(), b.Locate(s));

    private static RatedModel BindRated(RatedDeclaration r, ExpressionBinder b)
    {
        var from = r.Items.OfType<FromItem>().FirstOrDefault();
        return new RatedModel(r.Id.Text, r.Title?.Value ?? r.Id.Text, Text(r.Items, "description"), Word(r.Items, "scale") ?? "",
            from?.Source.Text ?? "", from?.Where is null ? null : b.Bind(from.Where, inRow: true),
            r.Items.OfType<RatersItem>().SelectMany(x => x.Raters).Select(x => (x.Role.Text, x.Weight.Value)).ToList(),
            (int)(Number(r.Items, "min raters") ?? 1), Number(r.Items, "flag disagreement >"),
            BindTarget(r.Items), BindScore(r.Items, b), b.Locate(r));
    }

    private static BonusModel BindBonus(BonusDeclaration x, ExpressionBinder b) =>
        new(x.Id.Text, x.Title?.Value ?? x.Id.Text, Text(x.Items, "description"),
            x.Items.OfType<ValueItem>().FirstOrDefault() is { } v ? b.Bind(v.Value) : new ConstantExpr(null, false, b.Locate(x)),
            Number(x.Items, "max") ?? decimal.MaxValue, b.Locate(x));

    private static ImproveModel BindImprove(ImproveDeclaration i, ExpressionBinder b)
    {
        var step = i.Items.OfType<DoItem>().FirstOrDefault();
        return new ImproveModel(i.Metric.Text, i.When is null ? null : b.Bind(i.When), Text(i.Items, "plan"), step?.Action.Value,
            step?.Within is { } w ? w.TotalMinutes / 1440m : null, step?.Owner?.Text, Word(i.Items, "check"), Text(i.Items, "act"), b.Locate(i));
    }

    private static TestModel BindTest(TestDeclaration t, ExpressionBinder b)
    {
        var tables = t.Items.OfType<TableItem>().Select(table =>
        {
            var header = table.Rows.Count > 0 ? table.Rows[0].Cells.Select(c => c.Text).ToList() : [];
            var rows = table.Rows.Skip(1).Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Text).ToList()).ToList();
            return (table.Source.Text, (IReadOnlyList<string>)header, (IReadOnlyList<IReadOnlyList<string>>)rows);
        }).ToList();
        var expectations = t.Items.OfType<ExpectItem>().Select(e => new ExpectationModel(
            b.Bind(e.Condition), e.Approximately is null ? null : b.Bind(e.Approximately), e.Tolerance?.Value,
            e.Tolerance?.IsPercent ?? false, b.Locate(e))).ToList();
        return new TestModel(t.Title.Value, Word(t.Items, "period"), Text(t.Items, "data"), tables, expectations, b.Locate(t));
    }

    private static string Hash(IEnumerable<ScoreFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(System.IO.Path.GetFileName(f.Source.Path) + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(f.Source.Text.Replace("\r\n", "\n")));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
