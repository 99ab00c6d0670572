using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;
using ScoreRules.Testing.Coverage;

namespace ScoreRules.Testing.Running;

/// <summary>
/// Runs the <c>test</c> blocks of policy folders. For each folder under the paths given (every folder with a
/// policy header; libraries such as <c>rules/std</c> are not run on their own) the rules are checked and bound;
/// each test then:
/// <list type="number">
/// <item>picks the version in force for its <c>period</c>;</item>
/// <item>reads its inline tables as the sources' files would be read (types, missing markers, date formats,
/// maps, keep rules), and the files of its <c>data</c> folder (relative to the rule file) for the sources
/// without a table; a source with neither is empty;</item>
/// <item>evaluates the version for the period and checks each <c>expect</c> against the results.</item>
/// </list>
/// A test whose data does not load, or whose expectation cannot be evaluated, fails with a located message;
/// nothing a rule file or a data file holds makes the runner throw. Rule coverage is gathered as tests run.
/// </summary>
public static class PolicyTestRunner
{
    /// <summary>Runs the tests of every policy folder under <paramref name="paths"/>.</summary>
    /// <param name="paths">Rule files or folders, as the user typed them (they are shown in every location).</param>
    /// <param name="options">Which tests to run, or null for all.</param>
    /// <returns>Per policy folder, the tests' outcomes and coverage; input errors when a path is missing or holds no rules.</returns>
    public static TestRunResult Run(IEnumerable<string> paths, TestRunOptions? options = null)
    {
        options ??= new TestRunOptions();
        var list = paths.ToList();
        var missing = new List<Diagnostic>();
        var files = RuleFiles.Find(list, missing);
        if (missing.Count > 0) return new TestRunResult([], missing.Select(d => d.Message).ToList());
        if (files.Count == 0) return new TestRunResult([], [$"no .score files in {string.Join(", ", list)}"]);

        var check = PolicyChecker.Check(list);
        var suites = check.PolicySets
            .Where(s => s.Versions.Any(v => v.Header is not null))
            .Select(s => RunFolder(check, s, options))
            .ToList();
        return new TestRunResult(suites, []);
    }

    private static PolicyTestSuite RunFolder(CheckResult check, PolicySet set, TestRunOptions options)
    {
        var paths = set.Versions.SelectMany(v => v.Files).Select(f => f.Source.Path).ToHashSet(StringComparer.Ordinal);
        var errors = check.Diagnostics.Where(d => d.IsError && d.Source is { } s && paths.Contains(s.Path)).ToList();
        var title = set.Versions.Select(v => v.Header?.Title.Value).FirstOrDefault(t => t is not null) ?? "";
        if (errors.Count > 0)
            return new PolicyTestSuite(set.Folder, title, errors.Select(DiagnosticFormatter.Render).ToList(), [], CoverageReport.Empty);

        var versions = set.Versions.Where(v => v.Header is not null).Select(v => PolicyBinder.Bind(v.Files))
            .OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Version, StringComparer.Ordinal).ToList();
        var index = new TestSyntaxIndex(set.Versions.SelectMany(v => v.Files).DistinctBy(f => f.Source.Path));
        var coverage = new CoverageCollector();
        foreach (var version in versions) coverage.AddItems(version);

        var tests = versions.SelectMany(v => v.Tests)
            .DistinctBy(t => t.Location.ToString())
            .Where(t => options.Filter is null || options.Filter.IsMatch(t.Title))
            .OrderBy(t => t.Location.Path, StringComparer.Ordinal).ThenBy(t => t.Location.Line).ThenBy(t => t.Location.Column)
            .ToList();
        var results = tests.Select(t => RunTest(t, versions, index, coverage)).ToList();
        return new PolicyTestSuite(set.Folder, title, [], results, coverage.Report());
    }

    private static TestCaseResult RunTest(TestModel test, IReadOnlyList<PolicyModel> versions, TestSyntaxIndex index, CoverageCollector coverage)
    {
        var at = test.Location.ToString();
        var problems = new List<TestProblem>();
        TestCaseResult Failed(string? version) => new(test.Title, at, test.Period, version, problems, []);
        try
        {
            if (!AppraisalPeriod.TryParse(test.Period, out var period))
            {
                problems.Add(new TestProblem(at, test.Period is null
                    ? "error: the test has no `period`; say which period it evaluates, e.g. `period 2026-03`"
                    : $"error: `{test.Period}` is not a period; write a month 2026-03, a quarter 2026-Q1, a week 2026-W05 or a year 2026"));
                return Failed(null);
            }
            if (!PolicyLoader.TrySelect(versions, period, out var version, out var error) || version is null)
            {
                problems.Add(new TestProblem(at, $"error: {error}"));
                return Failed(null);
            }
            if (version.Period != period.Kind)
            {
                problems.Add(new TestProblem(at, $"error: period {period} is a {Word(period.Kind)}, but version `{version.Version}` appraises by {Word(version.Period)}"));
                return Failed(version.Version);
            }
            var zone = Timestamps.IsKnownTimeZone(version.TimeZone) ? Timestamps.FindZone(version.TimeZone) : DateTimeZone.Utc;
            var syntax = index.Find(test.Location);
            var tables = Tables(test, version, syntax, zone, problems);
            if (problems.Count > 0) return Failed(version.Version);

            var result = PolicyEvaluator.Evaluate(new EvaluationInput(version, tables, period));
            foreach (var e in result.Errors) problems.Add(new TestProblem(at, $"error: the rules could not be evaluated: {e}"));
            if (problems.Count > 0) return Failed(version.Version);
            coverage.Record(version, result);

            var evaluator = new ExpectationEvaluator(new ResultMembers(result, version));
            var expectations = test.Expectations.Select(e =>
                evaluator.Evaluate(e, syntax?.Expectations.GetValueOrDefault(e.Location.ToString()) ?? "(expectation)")).ToList();
            return new TestCaseResult(test.Title, at, test.Period, version.Version, [], expectations);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever went wrong in one test is that test's failure; the others still run.
            problems.Add(new TestProblem(at, $"error: the test could not be run: {e.Message}"));
            return Failed(null);
        }
    }

    private static Dictionary<string, SourceTable> Tables(TestModel test, PolicyModel version, TestSyntaxIndex.TestSyntax? syntax,
        DateTimeZone zone, List<TestProblem> problems)
    {
        var at = test.Location.ToString();
        var tables = new Dictionary<string, SourceTable>(StringComparer.Ordinal);
        for (var i = 0; i < test.Tables.Count; i++)
        {
            var (sourceId, header, rows) = test.Tables[i];
            var places = syntax is not null && i < syntax.Tables.Count ? syntax.Tables[i] : new TestSyntaxIndex.TablePlaces(at, []);
            if (!version.Sources.TryGetValue(sourceId, out var source))
            {
                problems.Add(new TestProblem(places.Location, $"error: version `{version.Version}` has no source `{sourceId}`"));
                continue;
            }
            if (tables.ContainsKey(sourceId))
            {
                problems.Add(new TestProblem(places.Location, $"error: a second table for `{sourceId}`; put all its rows in one table"));
                continue;
            }
            if (TestTables.Read(source, header, rows, places, zone, problems) is { } table) tables[sourceId] = table;
        }

        if (test.DataFolder is { } data)
        {
            var folder = Path.Combine(Path.GetDirectoryName(test.Location.Path) ?? "", data);
            if (!Directory.Exists(folder))
                problems.Add(new TestProblem(at, $"error: the data folder \"{data}\" is not there: {Path.GetFullPath(folder)}"));
            else
                foreach (var id in DataSetLoader.SourcesUsed(version).Where(id => !tables.ContainsKey(id)))
                {
                    if (!version.Sources.TryGetValue(id, out var source)) continue;
                    var context = new ReadContext(zone, Path.Combine(folder, source.Path).Replace('\\', '/'));
                    var rows = DataLoader.Load(source, folder, context).ToList();
                    foreach (var d in context.Diagnostics.Where(d => d.IsError))
                        problems.Add(new TestProblem(d.Row > 0 ? $"{d.Path}:{d.Row}:{d.Column}" : d.Path, $"error {d.Code}: {d.Message}"));
                    if (!context.HasErrors) tables[id] = new SourceTable(source, context.PathFor(source.Path), rows);
                }
        }

        foreach (var (id, source) in version.Sources)
            if (!tables.ContainsKey(id)) tables[id] = new SourceTable(source, source.Path, []);
        return tables;
    }

    private static string Word(PeriodKind kind) => kind.ToString().ToLowerInvariant();
}
