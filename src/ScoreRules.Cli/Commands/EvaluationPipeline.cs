using NodaTime;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// The steps <c>eval</c> and <c>explain</c> share: read the period, check and bind the rules, pick the
/// version in force, load the data and evaluate. Each step that fails writes why to the error stream
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
        if (!AppraisalPeriod.TryParse(request.Period, out var period))
        {
            stderr.Write($"error: --period: '{request.Period}' is not a period; write a month 2026-03, a quarter 2026-Q1, an ISO week 2026-W09 or a year 2026\n");
            return null;
        }
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

        if (!PolicyLoader.TrySelect(loaded.Versions, period, out var policy, out var versionError) || policy is null)
        {
            stderr.Write($"error: {versionError}\n");
            return null;
        }

        var zone = Timestamps.IsKnownTimeZone(policy.TimeZone) ? Timestamps.FindZone(policy.TimeZone) : DateTimeZone.Utc;
        var data = DataSetLoader.Load(policy, request.Data, zone, allowCSharp: request.AllowCSharp);
        foreach (var diagnostic in data.Diagnostics)
            stderr.Write(diagnostic + "\n");
        if (data.Failed)
        {
            var errors = data.Diagnostics.Count(d => d.IsError);
            stderr.Write($"error: the data has {Plural.Of(errors, "error")}; nothing was evaluated\n");
            return null;
        }

        var input = new EvaluationInput(policy, data.Tables, period,
            new ScoreRules.Engine.Evaluation.EvaluationOptions { AllowCSharp = request.AllowCSharp });
        if (request.Person is { } person && !PolicyEvaluator.People(input).Contains(person, StringComparer.Ordinal))
        {
            var peopleFile = policy.PeopleSource is { } id && data.Tables.TryGetValue(id, out var list) ? Path.GetFileName(list.DisplayPath) : null;
            stderr.Write((PeopleChecks.IsUnlisted(data.Tables, policy.PeopleSource, person) && peopleFile is not null
                ? $"error: person \"{person}\" has rows in the data but is not in the people list {peopleFile}, so there is no result; add a row for them to {peopleFile}"
                : UnknownPerson(person, period, PolicyEvaluator.People(input).ToList())) + "\n");
            return null;
        }

        var result = PolicyEvaluator.Evaluate(input, request.Person);
        foreach (var diagnostic in result.Diagnostics)
            stderr.Write(diagnostic + "\n");
        foreach (var error in result.Errors)
            stderr.Write($"error: {error}\n");
        foreach (var p in result.People)
        {
            if (p.Error is { } personError) stderr.Write($"error: {p.Person}: {personError}\n");
            else if (p.Scorecard is null) stderr.Write($"warning: {p.Person}: no scorecard applies{(p.Role is { } role ? $" to role \"{role}\"" : "")}, so there is no total\n");
        }

        exitCode = ExitCodes.Ok;
        return new EvaluationRun(loaded, policy, input, result, [.. data.Diagnostics, .. result.Diagnostics]);
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

    private static EvaluationRun? ReportUnusableRules(LoadedPolicy loaded, string rules, TextWriter stderr, out int exitCode)
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
