using System.Security.Cryptography;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Diffing;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Model;
using ScoreRules.Reporting.Model;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// What <c>report</c> adds to an evaluation: the earlier periods' results for the trend, the data files'
/// SHA-256 and the rules folder's git commit.
/// </summary>
internal static class ReportSourcesLoader
{
    /// <summary>How many periods before the reported one the trend looks at.</summary>
    public const int TrendPeriods = 6;

    /// <summary>Builds the report sources of <paramref name="run"/> (evaluated from <paramref name="rules"/> and <paramref name="dataFolder"/>).</summary>
    public static ReportSources Load(EvaluationRun run, string rules, string dataFolder) =>
        new(run.Policy, run.Result, History(run, dataFolder), DataFiles(run.Policy, dataFolder), GitCommit.Head(rules));

    /// <summary>
    /// Everyone's results in up to <see cref="TrendPeriods"/> earlier periods, oldest first, with the same data
    /// folder. A period no policy version covers is left out; one whose version's data cannot be loaded too. The
    /// periods are evaluated on all cores at once (each evaluation only reads the loaded tables).
    /// </summary>
    public static IReadOnlyList<EvaluationResult> History(EvaluationRun run, string dataFolder)
    {
        var tablesByVersion = new Dictionary<PolicyModel, IReadOnlyDictionary<string, SourceTable>?>(ReferenceEqualityComparer.Instance)
        {
            [run.Policy] = run.Input.Tables,
        };
        var inputs = new List<EvaluationInput>();
        var period = run.Input.Period;
        for (var i = 0; i < TrendPeriods; i++)
        {
            period = period.Previous();
            if (!PolicyLoader.TrySelect(run.Loaded.Versions, period, out var version, out _) || version is null) continue;
            if (!tablesByVersion.TryGetValue(version, out var tables))
            {
                var zone = Timestamps.IsKnownTimeZone(version.TimeZone) ? Timestamps.FindZone(version.TimeZone) : NodaTime.DateTimeZone.Utc;
                var data = DataSetLoader.Load(version, dataFolder, zone, onlyFieldsUsed: true);
                tables = data.Failed ? null : data.Tables;
                tablesByVersion[version] = tables;
            }
            if (tables is null) continue;
            inputs.Add(new EvaluationInput(version, tables, period));
        }
        inputs.Reverse();
        var results = new EvaluationResult[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = PolicyEvaluator.Evaluate(inputs[i]));
        return results;
    }

    /// <summary>The files of the sources <paramref name="policy"/> reads, by path, with the SHA-256 of their bytes.</summary>
    public static IReadOnlyList<DataFileHash> DataFiles(PolicyModel policy, string dataFolder) =>
        DataSetLoader.SourcesUsed(policy)
            .Select(id => policy.Sources.TryGetValue(id, out var source) ? source.Path : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(path => new DataFileHash(path, Sha256(Path.Combine(dataFolder, path))))
            .ToList();

    private static string Sha256(string file)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "missing";
        }
    }
}
