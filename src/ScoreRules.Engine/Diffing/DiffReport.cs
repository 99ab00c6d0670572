namespace ScoreRules.Engine.Diffing;

/// <summary>Everything <c>scorerules diff</c> found: the rule changes and, with data, their impact.</summary>
/// <param name="RulesPath">The rules path as the user wrote it.</param>
/// <param name="From">The older side.</param>
/// <param name="To">The newer side.</param>
/// <param name="Sets">One entry per policy folder found on either side, ordered by folder.</param>
/// <param name="Impact">Both versions evaluated on the same data and period, or null without <c>--data</c>.</param>
public sealed record DiffReport(string RulesPath, DiffSide From, DiffSide To, IReadOnlyList<PolicySetDiff> Sets, ImpactReport? Impact)
{
    /// <summary>True when any person's grade differs between the two sides.</summary>
    public bool AnyGradeChanged => Impact?.People.Any(p => p.GradeChanged) ?? false;

    /// <summary>True when no rule differs.</summary>
    public bool NoRuleChanges => Sets.All(s => s.Versions.All(v => v.IsEmpty));
}
