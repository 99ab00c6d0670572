using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;

namespace ScoreRules.Testing.Assertions;

/// <summary>
/// A checked policy folder, for an organisation's own xunit tests:
/// <code>
/// var policy = ScorePolicy.Load("rules/bank-service-desk");
/// var result = policy.Evaluate("data/2026-03", "2026-03");
/// result.Person("alice").Metric("fcr").Value.ShouldBe(0.85m, 1e-9m);
/// </code>
/// Relative paths are looked up from the working folder and then from its parents, so a test project's
/// <c>bin</c> folder finds the repository's <c>rules/</c>. Every method throws <see cref="ScorePolicyException"/>
/// with the located problems instead of returning a half result.
/// </summary>
public sealed class ScorePolicy
{
    private ScorePolicy(string folder, IReadOnlyList<PolicyModel> versions)
    {
        Folder = folder;
        Versions = versions;
    }

    /// <summary>The policy folder (or file) as found.</summary>
    public string Folder { get; }

    /// <summary>The policy's versions, by effective start.</summary>
    public IReadOnlyList<PolicyModel> Versions { get; }

    /// <summary>Checks and binds the policy at <paramref name="path"/> (a policy folder, or one rule file).</summary>
    /// <exception cref="ScorePolicyException">The path is not there, or the rules have errors (each rendered as <c>path:line:col: error SRnnnn: …</c>).</exception>
    public static ScorePolicy Load(string path)
    {
        var found = PathLookup.Find(path);
        if (!File.Exists(found) && !Directory.Exists(found)) throw new ScorePolicyException($"{path}: no such file or folder");
        var loaded = PolicyLoader.Load(found);
        if (loaded.Check.HasErrors)
            throw new ScorePolicyException($"the rules in {path} have errors:\n{DiagnosticFormatter.RenderAll(loaded.Check.Diagnostics.Where(d => d.IsError))}");
        if (loaded.Versions.Count == 0) throw new ScorePolicyException($"{path} has no policy header: a library cannot be evaluated on its own");
        return new ScorePolicy(found, loaded.Versions);
    }

    /// <summary>The version in force for <paramref name="period"/> (e.g. <c>2026-03</c>).</summary>
    /// <exception cref="ScorePolicyException">The text is not a period, or no single version covers it.</exception>
    public PolicyModel VersionFor(string period) => Select(Parse(period));

    /// <summary>
    /// Evaluates everyone for <paramref name="period"/> with the data files in <paramref name="dataFolder"/>, as
    /// <c>scorerules eval</c> does: the version in force, every source its results read.
    /// </summary>
    /// <param name="dataFolder">The folder holding the sources' files (relative paths are looked up as for rules).</param>
    /// <param name="period">The period, e.g. <c>2026-03</c>, <c>2026-Q1</c>.</param>
    /// <exception cref="ScorePolicyException">No version for the period, a data file that does not load (its problems listed), or a rule that could not be evaluated.</exception>
    public EvaluationResult Evaluate(string dataFolder, string period)
    {
        var appraisal = Parse(period);
        var version = Select(appraisal);
        var zone = Timestamps.IsKnownTimeZone(version.TimeZone) ? Timestamps.FindZone(version.TimeZone) : DateTimeZone.Utc;
        var data = DataSetLoader.Load(version, PathLookup.Find(dataFolder), zone);
        if (data.Failed)
            throw new ScorePolicyException($"the data in {dataFolder} does not load:\n{string.Join("\n", data.Diagnostics.Where(d => d.IsError))}");
        var result = PolicyEvaluator.Evaluate(new EvaluationInput(version, data.Tables, appraisal));
        if (result.Errors.Count > 0)
            throw new ScorePolicyException($"the rules could not be evaluated:\n{string.Join("\n", result.Errors)}");
        return result;
    }

    private static AppraisalPeriod Parse(string period) => AppraisalPeriod.TryParse(period, out var p)
        ? p
        : throw new ScorePolicyException($"`{period}` is not a period; write a month 2026-03, a quarter 2026-Q1, a week 2026-W05 or a year 2026");

    private PolicyModel Select(AppraisalPeriod period) =>
        PolicyLoader.TrySelect(Versions, period, out var version, out var error) && version is not null
            ? version
            : throw new ScorePolicyException(error ?? $"no version for {period}");
}
