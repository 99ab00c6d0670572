using ScoreRules.Language.Checking;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Loading;

/// <summary>A checked policy folder and, when it has no errors, the bound model of each version.</summary>
/// <param name="Check">The checker's result (diagnostics, files, policy sets).</param>
/// <param name="Versions">The versions, ordered by effective start; empty when the check found errors.</param>
public sealed record LoadedPolicy(CheckResult Check, IReadOnlyList<PolicyModel> Versions)
{
    /// <summary>True when the rules can be evaluated (no errors).</summary>
    public bool IsUsable => !Check.HasErrors && Versions.Count > 0;
}
