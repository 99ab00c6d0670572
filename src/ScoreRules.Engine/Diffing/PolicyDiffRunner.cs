using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Diffing;

/// <summary>
/// Runs a whole <c>scorerules diff</c>: reads both sides (git revisions through <see cref="GitRevisionReader"/>,
/// never touching the working tree, or two <c>version:</c> labels of the working tree's policy), checks and
/// binds them, compares them with <see cref="PolicyDiffer"/> and, given data and a period, evaluates both on
/// the same data with <see cref="ImpactAnalyzer"/>.
/// </summary>
public static class PolicyDiffRunner
{
    /// <summary>The side name used when <c>--to</c> is left out.</summary>
    public const string WorkingTree = "working tree";

    private sealed record Side(DiffSide Name, IReadOnlyList<(string Folder, string Key, IReadOnlyList<PolicyModel> Versions)> Sets);

    /// <summary>Runs the comparison <paramref name="request"/> describes. Never throws on bad input.</summary>
    public static DiffOutcome Run(DiffRequest request)
    {
        var inputErrors = new List<string>();
        var ruleErrors = new List<SideErrors>();
        var fromIsVersion = request.From.StartsWith(DiffRequest.VersionPrefix, StringComparison.Ordinal);
        var toIsVersion = request.To?.StartsWith(DiffRequest.VersionPrefix, StringComparison.Ordinal) ?? false;

        AppraisalPeriod period = default;
        if ((request.DataFolder is null) != (request.Period is null))
            inputErrors.Add("--data and --period go together: give both to see the impact on a period's results, or neither");
        if (request.Period is not null && !AppraisalPeriod.TryParse(request.Period, out period))
            inputErrors.Add($"'{request.Period}' is not a period; write a week 2026-W01, a month 2026-03, a quarter 2026-Q1 or a year 2026");
        if (request.DataFolder is not null && !Directory.Exists(request.DataFolder))
            inputErrors.Add($"{request.DataFolder}: no such folder");
        if (fromIsVersion != toIsVersion)
            inputErrors.Add(fromIsVersion
                ? "--from names a version label, so --to must name one too, e.g. --to version:2026-Q2 (version labels compare two versions of the working tree's policy)"
                : "--to names a version label, so --from must name one too; to compare git revisions, give revisions to both");
        if (inputErrors.Count > 0) return Refuse([.. inputErrors]);

        return fromIsVersion
            ? RunVersions(request, period, request.From[DiffRequest.VersionPrefix.Length..], request.To![DiffRequest.VersionPrefix.Length..])
            : RunRevisions(request, period);
    }

    private static DiffOutcome RunVersions(DiffRequest request, AppraisalPeriod period, string fromLabel, string toLabel)
    {
        var side = LoadWorkingTree(request.RulesPath, WorkingTree, out var errors, out var inputError);
        if (inputError is not null) return Refuse(inputError);
        if (side is null) return new DiffOutcome(null, errors, [], [], []);
        if (side.Sets.Count == 0)
            return Refuse($"{request.RulesPath} has no policy (no file with a `policy` header)");
        // Usually one folder with a file per version; with a folder per version, RULES is their parent folder.
        var from = FindVersion(side, fromLabel, request.RulesPath, out var fromFolder, out var fromError);
        var to = FindVersion(side, toLabel, request.RulesPath, out var toFolder, out var toError);
        var problems = new[] { fromError, toError }.OfType<string>().Distinct().ToList();
        if (problems.Count > 0) return Refuse([.. problems]);

        var folder = fromFolder == toFolder ? fromFolder! : request.RulesPath;
        var sets = new[] { new PolicySetDiff(folder, [PolicyDiffer.Compare(from, to)]) };
        var fromSide = new DiffSide(request.From, null, from!.Version);
        var toSide = new DiffSide(request.To!, null, to!.Version);
        return WithImpact(request, period, fromSide, toSide, sets, from, to, ignoresRange: true);
    }

    private static DiffOutcome RunRevisions(DiffRequest request, AppraisalPeriod period)
    {
        var errors = new List<SideErrors>();
        var inputErrors = new List<string>();
        Side? Load(string? revision)
        {
            Side? side;
            List<SideErrors> sideErrors;
            string? inputError;
            if (revision is null && !File.Exists(request.RulesPath) && !Directory.Exists(request.RulesPath))
                (side, sideErrors, inputError) = (new Side(new DiffSide(WorkingTree, null, null), []), [], null);
            else if (revision is null) side = LoadWorkingTree(request.RulesPath, WorkingTree, out sideErrors, out inputError);
            else side = LoadRevision(request.RulesPath, revision, out sideErrors, out inputError);
            errors.AddRange(sideErrors);
            if (inputError is not null) inputErrors.Add(inputError);
            return side;
        }
        var from = Load(request.From);
        var to = Load(request.To);
        if (inputErrors.Count > 0) return Refuse([.. inputErrors]);
        if (from is null || to is null) return new DiffOutcome(null, errors, [], [], []);
        // A side without the policy is fine (a policy added or deleted by the change), both sides without it is not.
        if (from.Sets.Count == 0 && to.Sets.Count == 0)
            return Refuse($"{request.RulesPath} holds no policy (no file with a `policy` header) at {from.Name.Display} nor at {to.Name.Display}");

        var keys = to.Sets.Select(s => s.Key).Concat(from.Sets.Select(s => s.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sets = keys.Select(key =>
        {
            var a = from.Sets.FirstOrDefault(s => s.Key == key);
            var b = to.Sets.FirstOrDefault(s => s.Key == key);
            return PolicyDiffer.CompareSets(b.Folder ?? a.Folder, a.Versions ?? [], b.Versions ?? []);
        }).ToList();

        if (request.DataFolder is null) return new DiffOutcome(new DiffReport(request.RulesPath, from.Name, to.Name, sets, null), [], [], [], []);
        foreach (var side in new[] { from, to }.Where(s => s.Sets.Count == 0))
            inputErrors.Add($"{request.RulesPath} holds no policy at {side.Name.Display}, so there are no results to compare with --data");
        if (inputErrors.Count > 0) return Refuse([.. inputErrors]);
        if (from.Sets.Count != 1 || to.Sets.Count != 1 || from.Sets[0].Key != to.Sets[0].Key)
            return Refuse($"--data compares the results of one policy, but {request.RulesPath} holds several policy folders; name one of them");
        var before = SelectInForce(from, period, inputErrors);
        var after = SelectInForce(to, period, inputErrors);
        if (before is null || after is null) return Refuse([.. inputErrors]);
        return WithImpact(request, period, from.Name, to.Name, sets, before, after, ignoresRange: false);
    }

    private static DiffOutcome WithImpact(DiffRequest request, AppraisalPeriod period, DiffSide fromSide, DiffSide toSide,
        IReadOnlyList<PolicySetDiff> sets, PolicyModel from, PolicyModel to, bool ignoresRange)
    {
        if (request.DataFolder is null) return new DiffOutcome(new DiffReport(request.RulesPath, fromSide, toSide, sets, null), [], [], [], []);
        var before = ImpactAnalyzer.Evaluate(from, request.DataFolder, period, request.AllowCSharp);
        var after = ImpactAnalyzer.Evaluate(to, request.DataFolder, period, request.AllowCSharp);
        var diagnostics = before.Diagnostics.Concat(after.Diagnostics).Distinct().ToList();
        if (before.Result is null || after.Result is null) return new DiffOutcome(null, [], [], diagnostics, []);
        var warnings = before.Result.Errors.Select(e => $"{fromSide.Display}: {e}")
            .Concat(after.Result.Errors.Select(e => $"{toSide.Display}: {e}"))
            .ToList();
        var impact = ImpactAnalyzer.Compare(from, before.Result, to, after.Result, request.DataFolder, ignoresRange);
        return new DiffOutcome(new DiffReport(request.RulesPath, fromSide, toSide, sets, impact), [], [], diagnostics, warnings);
    }

    private static DiffOutcome Refuse(params string[] inputErrors) => new(null, [], inputErrors, [], []);

    private static PolicyModel? SelectInForce(Side side, AppraisalPeriod period, List<string> errors)
    {
        if (PolicyLoader.TrySelect(side.Sets[0].Versions, period, out var version, out var error)) return version;
        errors.Add($"{side.Name.Display}: {error}");
        return null;
    }

    private static PolicyModel? FindVersion(Side side, string label, string rulesPath, out string? folder, out string? error)
    {
        error = null;
        folder = null;
        var found = side.Sets.SelectMany(s => s.Versions.Where(v => v.Version == label).Select(v => (s.Folder, Version: v))).ToList();
        if (found.Count == 1)
        {
            folder = found[0].Folder;
            return found[0].Version;
        }
        error = found.Count > 1
            ? $"version `{label}` is in more than one policy folder ({string.Join(", ", found.Select(f => f.Folder))}); name the folder instead of {rulesPath}"
            : $"{rulesPath} has no version labelled `{label}`; its versions are {string.Join(", ", side.Sets.SelectMany(s => s.Versions).Select(v => $"`{v.Version}`"))}";
        return null;
    }

    private static Side? LoadWorkingTree(string rulesPath, string name, out List<SideErrors> errors, out string? inputError)
    {
        errors = [];
        inputError = null;
        if (!File.Exists(rulesPath) && !Directory.Exists(rulesPath))
        {
            inputError = $"{rulesPath}: no such file or folder";
            return null;
        }
        var check = PolicyChecker.Check([rulesPath]);
        return Bind(new DiffSide(name, null, null), check, errors);
    }

    private static Side? LoadRevision(string rulesPath, string revision, out List<SideErrors> errors, out string? inputError)
    {
        errors = [];
        if (!GitRevisionReader.TryRead(rulesPath, revision, out var snapshot, out inputError)) return null;
        var check = PolicyChecker.Check(snapshot!.Files, snapshot.Roots);
        return Bind(new DiffSide(revision, snapshot.Commit, null), check, errors);
    }

    // The policy folders of a checked side, each with its versions bound; library folders (no header) are left out.
    private static Side? Bind(DiffSide name, CheckResult check, List<SideErrors> errors)
    {
        if (check.HasErrors)
        {
            errors.Add(new SideErrors(name.Display, check));
            return null;
        }
        var sets = PolicyBinder.BindSets(check)
            .Select(s => (s.Folder, Key: GitRevisionReader.Normalize(s.Folder), s.Versions))
            .ToList();
        return new Side(name, sets);
    }
}
