namespace ScoreRules.Reporting.Model;

/// <summary>The cover of a team packet: the policy, the grade distribution and everyone's total. Templates see it as <c>team</c>.</summary>
public sealed record TeamSummary
{
    /// <summary>The period, e.g. 2026-03.</summary>
    public required string Period { get; init; }

    /// <summary>The policy's name.</summary>
    public required string PolicyTitle { get; init; }

    /// <summary>The policy version label.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>SHA-256 of the rule files.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The git commit of the rules folder, or null.</summary>
    public string? RulesCommit { get; init; }

    /// <summary>One entry per grade of the policy, best first, including grades nobody got.</summary>
    public required IReadOnlyList<GradeCount> Grades { get; init; }

    /// <summary>Everyone in the packet, in the people source's order.</summary>
    public required IReadOnlyList<TeamMember> People { get; init; }

    /// <summary>People without a total (no scorecard applies, or no data).</summary>
    public int Ungraded { get; init; }
}
