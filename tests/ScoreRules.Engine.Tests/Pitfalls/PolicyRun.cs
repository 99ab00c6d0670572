using System.Text;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Tests.Pitfalls;

/// <summary>
/// The real path of an evaluation, end to end, in a temp folder: a policy's .score text (optionally
/// importing the shipped standard library, copied from the repository's rules/std) is checked and
/// bound by <see cref="PolicyLoader"/>, CSV files are read by <see cref="DataSetLoader"/> and the
/// period is evaluated by <see cref="PolicyEvaluator"/>.
/// </summary>
internal sealed class PolicyRun : IDisposable
{
    /// <summary>The line a policy writes to use the shipped standard library.</summary>
    public const string ImportStd = "import \"../std/metrics.score\"";

    private readonly string _root;
    private PolicyModel? _policy;

    private PolicyRun(string rules, bool withStd)
    {
        _root = Path.Combine(Path.GetTempPath(), "scorerules-pitfalls-" + Guid.NewGuid().ToString("N"));
        RulesFolder = Path.Combine(_root, "rules", "policy");
        DataFolder = Path.Combine(_root, "data");
        Directory.CreateDirectory(RulesFolder);
        Directory.CreateDirectory(DataFolder);
        if (withStd)
        {
            var std = Path.Combine(_root, "rules", "std");
            Directory.CreateDirectory(std);
            foreach (var file in Directory.EnumerateFiles(StdFolder, "*.score"))
                File.Copy(file, Path.Combine(std, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(RulesFolder, "policy.score"), rules, new UTF8Encoding(false));
    }

    /// <summary>A run of <paramref name="rules"/> on its own.</summary>
    public static PolicyRun Of(string rules) => new(rules, withStd: false);

    /// <summary>A run of <paramref name="rules"/> beside a copy of the shipped rules/std (import it with <see cref="ImportStd"/>).</summary>
    public static PolicyRun WithStd(string rules) => new(rules, withStd: true);

    /// <summary>The repository's rules/std folder.</summary>
    public static string StdFolder => Path.Combine(RepositoryRoot(), "rules", "std");

    public string RulesFolder { get; }

    public string DataFolder { get; }

    /// <summary>Writes a data file (UTF-8, no byte order mark) into the data folder.</summary>
    public PolicyRun Data(string file, string text)
    {
        File.WriteAllText(Path.Combine(DataFolder, file), text, new UTF8Encoding(false));
        return this;
    }

    /// <summary>Checks and binds the rules; fails the test on any error.</summary>
    public LoadedPolicy Check()
    {
        var loaded = PolicyLoader.Load(RulesFolder);
        loaded.Check.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBeEmpty();
        loaded.IsUsable.ShouldBeTrue();
        return loaded;
    }

    /// <summary>The policy version (the rules hold exactly one), checked and bound once per run.</summary>
    public PolicyModel Policy() => _policy ??= Check().Versions.ShouldHaveSingleItem();

    /// <summary>Reads the data the policy uses, in the policy's time zone.</summary>
    public DataSetLoader.Result Load()
    {
        var policy = Policy();
        return DataSetLoader.Load(policy, DataFolder, Timestamps.FindZone(policy.TimeZone));
    }

    /// <summary>Checks, reads and evaluates <paramref name="period"/>; fails the test when the data has errors.</summary>
    public EvaluationResult Evaluate(string period)
    {
        var policy = Policy();
        var data = DataSetLoader.Load(policy, DataFolder, Timestamps.FindZone(policy.TimeZone));
        data.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBeEmpty();
        data.Failed.ShouldBeFalse();
        var result = PolicyEvaluator.Evaluate(new EvaluationInput(policy, data.Tables, AppraisalPeriod.Parse(period)));
        result.Errors.ShouldBeEmpty();
        return result;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    /// <summary>The folder holding ScoreRules.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }
}

/// <summary>Lookups on evaluation results used across the pitfall tests.</summary>
internal static class ResultLookups
{
    public static PersonResult Person(this EvaluationResult result, string id) => result.People.Single(p => p.Person == id);

    public static MetricResult Metric(this PersonResult person, string id) => person.Metrics.Single(m => m.Id == id);

    public static DimensionResult Dimension(this PersonResult person, string id) => person.Dimensions.Single(d => d.Id == id);
}
