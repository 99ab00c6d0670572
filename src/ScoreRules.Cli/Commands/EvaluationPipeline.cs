using NodaTime;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// The steps <c>eval</c>, <c>explain</c> and <c>report</c> share: read the period, check and bind the rules, pick the
/// version in force, load the data and evaluate; for <c>eval</c>, also over a range of periods (<see cref="RunRange"/>). Each step that fails writes why to the error stream
/// and stops with an exit code: 1 for errors in the rules, 2 for a wrong command line or input
/// (period, missing folder, version not in force, bad data, unknown person).
/// </summary>
internal static class EvaluationPipeline
{
    /// <summary>How many ids an "unknown person" message lists before it says how many more there are.</summary>
    public const int PeopleListed = 20;

    /// <summary>Runs the evaluation, or returns null with <paramref name="exitCode"/> set after reporting why not.</summary>
    /// <param name="request">What to evaluate.</param>
    /// <param name="stderr">Where problems and data warnings go.</param>
    /// <param name="exitCode">The exit code to return when the result is null; 0 otherwise.</param>
    public static EvaluationRun? Run(EvaluationRequest request, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.UsageError;
        if (AppraisalPeriodRange.IsRange(request.Period))
        {
            stderr.Write($"error: --period: {request.Period} is a range of periods; only eval takes a range, give one period such as {request.Period.Split("..")[0].Trim()}\n");
            return null;
        }
        if (!AppraisalPeriod.TryParse(request.Period, out var period))
        {
            stderr.Write($"error: --period: '{request.Period}' is not a period; write a month 2026-03, a quarter 2026-Q1, an ISO week 2026-W09 or a year 2026\n");
            return null;
        }
        if (LoadRules(request, stderr, out exitCode) is not { } loaded) return null;
        exitCode = ExitCodes.UsageError;

        if (!PolicyLoader.TrySelect(loaded.Versions, period, out var policy, out var versionError) || policy is null)
        {
            stderr.Write($"error: {versionError}\n");
            return null;
        }
        if (LoadData(policy, request, stderr) is not { } data) return null;
        var input = new EvaluationInput(policy, data.Tables, period,
            new ScoreRules.Engine.Evaluation.EvaluationOptions { AllowCSharp = request.AllowCSharp });
        if (!PersonIsThere(request.Person, input, data, stderr)) return null;

        exitCode = ExitCodes.Ok;
        return Evaluate(loaded, input, data, request.Person, "", stderr);
    }

    /// <summary>
    /// Runs the evaluation of every period of <paramref name="range"/>, each with the policy version in force on its
    /// first day, reading the data once per version; or returns null with <paramref name="exitCode"/> set after
    /// reporting why not. Each version's data warnings are written once; a period's own problems are written with
    /// the period in front (<c>error: 2016-03: …</c>). Every period's run carries the data warnings as a single-period
    /// run would, so each equals what <see cref="Run"/> gives for that period.
    /// </summary>
    /// <param name="request">What to evaluate; its period text is the range as typed.</param>
    /// <param name="range">The periods.</param>
    /// <param name="stderr">Where problems and data warnings go.</param>
    /// <param name="exitCode">The exit code to return when the result is null; 0 otherwise.</param>
    public static IReadOnlyList<EvaluationRun>? RunRange(EvaluationRequest request, AppraisalPeriodRange range, TextWriter stderr, out int exitCode)
    {
        if (LoadRules(request, stderr, out exitCode) is not { } loaded) return null;
        exitCode = ExitCodes.UsageError;

        var periods = new List<(AppraisalPeriod Period, PolicyModel Policy)>();
        // A range of the wrong kind is named before any version problem: no version of that kind would fix it.
        if (loaded.Versions.All(v => v.Period != range.Kind) && loaded.Versions.Count > 0)
        {
            WrongKind(range, loaded.Versions.FirstOrDefault(v => v.EffectiveFrom <= range.First.Start.ToDateOnly() && range.First.Start.ToDateOnly() <= v.EffectiveTo)
                ?? loaded.Versions[0], loaded.Versions, stderr);
            return null;
        }
        foreach (var period in range.Periods)
        {
            if (!PolicyLoader.TrySelect(loaded.Versions, period, out var policy, out var versionError) || policy is null)
            {
                stderr.Write($"error: {versionError}\n");
                return null;
            }
            if (policy.Period != range.Kind)
            {
                WrongKind(range, policy, loaded.Versions, stderr);
                return null;
            }
            periods.Add((period, policy));
        }

        var loads = new Dictionary<PolicyModel, DataSetLoader.Result>(ReferenceEqualityComparer.Instance);
        // Versions that read the same files find the same data warnings: each is written once.
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, policy) in periods)
        {
            if (loads.ContainsKey(policy)) continue;
            if (LoadData(policy, request, stderr, written) is not { } data) return null;
            loads[policy] = data;
        }

        var runs = new List<EvaluationRun>();
        var options = new ScoreRules.Engine.Evaluation.EvaluationOptions { AllowCSharp = request.AllowCSharp };
        var peopleChecked = new HashSet<PolicyModel>(ReferenceEqualityComparer.Instance);
        foreach (var (period, policy) in periods)
        {
            var data = loads[policy];
            var input = new EvaluationInput(policy, data.Tables, period, options);
            // The people evaluated depend on the version's data, not on the period: one check per version.
            if (peopleChecked.Add(policy) && !PersonIsThere(request.Person, input, data, stderr)) return null;
            runs.Add(Evaluate(loaded, input, data, request.Person, $"{period}: ", stderr));
        }
        exitCode = ExitCodes.Ok;
        return runs;
    }

    // The suggested range covers the same days in the version's kind of period, and is only given when it would be
    // accepted: every period of it has a version in force that appraises by that kind. Otherwise there is none (with
    // versions of different kinds the same days can have no range at all, and suggesting one would go round in circles).
    private static void WrongKind(AppraisalPeriodRange range, PolicyModel policy, IReadOnlyList<PolicyModel> versions, TextWriter stderr)
    {
        var first = AppraisalPeriod.Containing(range.First.Start, policy.Period);
        var last = AppraisalPeriod.Containing(range.Last.End.PlusDays(-1), policy.Period);
        var suggested = new AppraisalPeriodRange(first, last);
        var example = Accepted(suggested, versions) ? $", e.g. {suggested}" : "";
        stderr.Write($"error: --period: {range} is a range of {PeriodsWord(range.Kind)}, but version `{policy.Version}` of the policy "
            + $"appraises by {AppraisalPeriodRange.Keyword(policy.Period)} (`period {AppraisalPeriodRange.Keyword(policy.Period)}`); write a range of {PeriodsWord(policy.Period)}{example}\n");
    }

    // True when RunRange accepts the range's periods: each has a version in force, of the range's kind.
    private static bool Accepted(AppraisalPeriodRange range, IReadOnlyList<PolicyModel> versions) =>
        range.Periods.All(period => PolicyLoader.TrySelect(versions, period, out var version, out _) && version is not null && version.Period == range.Kind);

    private static string PeriodsWord(PeriodKind kind) => kind == PeriodKind.Week ? "ISO weeks" : AppraisalPeriodRange.Keyword(kind) + "s";

    /// <summary>Finds, checks and binds the rules; null (with the exit code) when they cannot be evaluated.</summary>
    private static LoadedPolicy? LoadRules(EvaluationRequest request, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.UsageError;
        if (RuleFileInputs.Find([request.Rules], stderr) is null) return null;
        if (!Directory.Exists(request.Data))
        {
            stderr.Write($"error: --data: {request.Data}: no such folder\n");
            return null;
        }

        var loaded = PolicyLoader.Load(request.Rules, new CheckOptions { WarningsAsErrors = request.WarningsAsErrors });
        if (!loaded.IsUsable)
            return ReportUnusableRules(loaded, request.Rules, stderr, out exitCode);
        var policies = PoliciesIn(loaded);
        if (policies.Count != 1)
        {
            stderr.Write(policies.Count == 0
                ? $"error: {request.Rules} has no policy header (policy \"…\" {{ version …  effective … }}); name the folder of a policy, not a library such as std\n"
                : $"error: {request.Rules} holds {policies.Count} policies ({string.Join(", ", policies)}); evaluate one policy folder at a time\n");
            return null;
        }
        if (loaded.Check.WarningCount > 0)
            stderr.Write($"warning: the rules have {Plural.Of(loaded.Check.WarningCount, "warning")}; `scorerules check {request.Rules}` shows them\n");
        exitCode = ExitCodes.Ok;
        return loaded;
    }

    /// <summary>Loads the data <paramref name="policy"/> reads and writes its diagnostics; null when it has errors.</summary>
    /// <param name="policy">The version.</param>
    /// <param name="request">The data folder and whether C# runs.</param>
    /// <param name="stderr">Where the diagnostics go.</param>
    /// <param name="written">Diagnostics already written (by another version's load), not written again; null to write all.</param>
    private static DataSetLoader.Result? LoadData(PolicyModel policy, EvaluationRequest request, TextWriter stderr, HashSet<string>? written = null)
    {
        var zone = Timestamps.IsKnownTimeZone(policy.TimeZone) ? Timestamps.FindZone(policy.TimeZone) : DateTimeZone.Utc;
        var data = DataSetLoader.Load(policy, request.Data, zone, allowCSharp: request.AllowCSharp, onlyFieldsUsed: true);
        foreach (var diagnostic in data.Diagnostics)
            if (written?.Add(diagnostic.ToString()) != false)
                stderr.Write(diagnostic + "\n");
        foreach (var line in NotListed(data))
            if (written?.Add(line) != false)
                stderr.Write(line + "\n");
        if (!data.Failed) return data;
        var errors = data.Diagnostics.Count(d => d.IsError) + data.ErrorsNotListed;
        stderr.Write($"error: the data has {Plural.Of(errors, "error")}; nothing was evaluated\n");
        return null;
    }

    /// <summary>"… and 5800 more errors not listed (the first 1000 are shown)": one line each for errors and warnings counted but not listed.</summary>
    private static IEnumerable<string> NotListed(DataSetLoader.Result data)
    {
        if (data.ErrorsNotListed > 0)
            yield return $"… and {data.ErrorsNotListed} more {(data.ErrorsNotListed == 1 ? "error" : "errors")} not listed (the first {data.Diagnostics.Count(d => d.IsError)} are shown)";
        if (data.WarningsNotListed > 0)
            yield return $"… and {data.WarningsNotListed} more data {(data.WarningsNotListed == 1 ? "warning" : "warnings")} not listed (the first {data.Diagnostics.Count(d => !d.IsError)} are shown)";
    }

    /// <summary>True without <paramref name="person"/>, or when the data has them; otherwise writes why not.</summary>
    private static bool PersonIsThere(string? person, EvaluationInput input, DataSetLoader.Result data, TextWriter stderr)
    {
        if (person is null || PolicyEvaluator.People(input).Contains(person, StringComparer.Ordinal)) return true;
        var policy = input.Policy;
        var peopleFile = policy.PeopleSource is { } id && data.Tables.TryGetValue(id, out var list) ? Path.GetFileName(list.DisplayPath) : null;
        stderr.Write((PeopleChecks.IsUnlisted(data.Tables, policy.PeopleSource, person) && peopleFile is not null
            ? $"error: person \"{person}\" has rows in the data but is not in the people list {peopleFile}, so there is no result; add a row for them to {peopleFile}"
            : UnknownPerson(person, input.Period, PolicyEvaluator.People(input).ToList())) + "\n");
        return false;
    }

    /// <summary>Evaluates <paramref name="input"/> and writes its problems, each after <paramref name="prefix"/>.</summary>
    private static EvaluationRun Evaluate(LoadedPolicy loaded, EvaluationInput input, DataSetLoader.Result data, string? person, string prefix,
        TextWriter stderr)
    {
        var result = PolicyEvaluator.Evaluate(input, person);
        foreach (var diagnostic in result.Diagnostics)
            stderr.Write(diagnostic + "\n");
        foreach (var error in result.Errors)
            stderr.Write($"error: {prefix}{error}\n");
        foreach (var p in result.People)
        {
            if (p.Error is { } personError) stderr.Write($"error: {prefix}{p.Person}: {personError}\n");
            else if (p.Scorecard is null) stderr.Write($"warning: {prefix}{p.Person}: no scorecard applies{(p.Role is { } role ? $" to role \"{role}\"" : "")}, so there is no total\n");
        }
        return new EvaluationRun(loaded, input.Policy, input, result, [.. data.Diagnostics, .. result.Diagnostics], data.WarningsNotListed);
    }

    /// <summary>
    /// <c>error: no person "x" in period 2026-03; people are: a, b, c</c>, with a "did you mean" when an id
    /// is close and at most <see cref="PeopleListed"/> ids.
    /// </summary>
    public static string UnknownPerson(string person, AppraisalPeriod period, IReadOnlyList<string> people)
    {
        if (people.Count == 0) return $"error: no person \"{person}\" in period {period}; the data has no people";
        var listed = string.Join(", ", people.Take(PeopleListed));
        if (people.Count > PeopleListed) listed += $" and {people.Count - PeopleListed} more";
        var hint = Suggestions.Closest(person, people) is { } close ? $" (did you mean \"{close}\"?)" : "";
        return $"error: no person \"{person}\" in period {period}{hint}; people are: {listed}";
    }

    private static LoadedPolicy? ReportUnusableRules(LoadedPolicy loaded, string rules, TextWriter stderr, out int exitCode)
    {
        var check = loaded.Check;
        foreach (var diagnostic in check.Diagnostics)
        {
            if (diagnostic.Source is null) stderr.Write($"{(diagnostic.IsError ? "error" : "warning")}: {diagnostic.Message}\n");
            else stderr.Write(DiagnosticFormatter.Render(diagnostic) + "\n\n");
        }
        if (check.HasErrors)
        {
            stderr.Write(TextReportWriter.Summary(check) + "\n");
            // A rule file that cannot be read is a problem with the input, not with the rules in it.
            exitCode = check.Diagnostics.Any(d => d.IsError && d.Source is null && d.Code == DiagnosticDescriptors.UnreadableFile.Code)
                ? ExitCodes.UsageError
                : ExitCodes.Problems;
            return null;
        }
        stderr.Write($"error: {rules} has no policy header (policy \"…\" {{ version …  effective … }}); name the folder of a policy, not a library such as std\n");
        exitCode = ExitCodes.UsageError;
        return null;
    }

    // Folders whose files declare a policy header; a library folder (std) has none.
    private static List<string> PoliciesIn(LoadedPolicy loaded) =>
        loaded.Check.PolicySets
            .Where(set => set.Versions.Any(v => v.Header is not null))
            .Select(set => set.Folder.Length == 0 ? "." : set.Folder)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
