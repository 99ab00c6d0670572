using ScoreRules.Engine.Periods;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Loading;

/// <summary>
/// Checks a policy folder and binds each of its versions, and picks the version in force for a period:
/// the one whose effective range contains the period's first day. A period that starts under one
/// version and ends under another (or after the last one ends) is an error naming both.
/// </summary>
public static class PolicyLoader
{
    /// <summary>Checks and binds the policy at <paramref name="rulesPath"/> (a folder or one file).</summary>
    /// <param name="rulesPath">The policy folder (all its .score files form one policy set) or a single .score file.</param>
    /// <param name="options">Check options, or null.</param>
    public static LoadedPolicy Load(string rulesPath, CheckOptions? options = null)
    {
        var check = PolicyChecker.Check([rulesPath], options);
        if (check.HasErrors) return new LoadedPolicy(check, []);
        var versions = check.PolicySets
            .SelectMany(set => set.Versions)
            .Select(PolicyBinder.Bind)
            .OrderBy(p => p.EffectiveFrom)
            .ThenBy(p => p.Version, StringComparer.Ordinal)
            .ToList();
        return new LoadedPolicy(check, versions);
    }

    /// <summary>The version in force for <paramref name="period"/>, or an error message for an HR author.</summary>
    /// <param name="versions">The policy's versions.</param>
    /// <param name="period">The period to evaluate.</param>
    /// <param name="version">The version, when found.</param>
    /// <param name="error">Why no version can be used, when not found.</param>
    public static bool TrySelect(IReadOnlyList<PolicyModel> versions, AppraisalPeriod period, out PolicyModel? version, out string? error)
    {
        var first = period.Start.ToDateOnly();
        var last = period.End.PlusDays(-1).ToDateOnly();
        version = versions.FirstOrDefault(v => v.EffectiveFrom <= first && first <= v.EffectiveTo);
        if (version is null)
        {
            var ranges = string.Join(", ", versions.Select(v => $"`{v.Version}` {v.EffectiveFrom:yyyy-MM-dd} .. {v.EffectiveTo:yyyy-MM-dd}"));
            error = $"no policy version is in effect on {first:yyyy-MM-dd}, the first day of {period}; the versions are: {ranges}";
            return false;
        }
        if (last > version.EffectiveTo)
        {
            var next = versions.FirstOrDefault(v => v.EffectiveFrom <= last && last <= v.EffectiveTo);
            error = next is null
                ? $"period {period} runs to {last:yyyy-MM-dd}, but version `{version.Version}` ends on {version.EffectiveTo:yyyy-MM-dd} and no version follows it"
                : $"period {period} straddles two policy versions: `{version.Version}` (until {version.EffectiveTo:yyyy-MM-dd}) and `{next.Version}` (from {next.EffectiveFrom:yyyy-MM-dd}); evaluate a period inside one version";
            version = null;
            return false;
        }
        error = null;
        return true;
    }
}
