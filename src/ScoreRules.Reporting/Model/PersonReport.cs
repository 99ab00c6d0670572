namespace ScoreRules.Reporting.Model;

/// <summary>
/// Everything one person's appraisal report shows, as display texts (numbers formatted by
/// <c>ValueFormatter</c>) plus the few raw numbers charts need. It holds nothing about other people
/// except the anonymous <see cref="Team"/> context. Templates see it as <c>report</c> (snake_case names).
/// </summary>
public sealed record PersonReport
{
    /// <summary>The person id, e.g. A1001.</summary>
    public required string Person { get; init; }

    /// <summary>The display name, or the id when the people source has none.</summary>
    public required string Name { get; init; }

    /// <summary>The role, or "".</summary>
    public required string Role { get; init; }

    /// <summary>The title of the scorecard that applied, or "".</summary>
    public required string Scorecard { get; init; }

    /// <summary>The period, e.g. 2026-03.</summary>
    public required string Period { get; init; }

    /// <summary>The policy's name.</summary>
    public required string PolicyTitle { get; init; }

    /// <summary>The policy version label.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>SHA-256 of the rule files (hex, lower case).</summary>
    public required string ContentHash { get; init; }

    /// <summary>The first 12 characters of <see cref="ContentHash"/>, for headers and footers.</summary>
    public string ShortHash => ContentHash.Length > 12 ? ContentHash[..12] : ContentHash;

    /// <summary>The git commit (40 hex) of the rules folder, or null when it is not in a git repository.</summary>
    public string? RulesCommit { get; init; }

    /// <summary>The data files used, by path.</summary>
    public required IReadOnlyList<DataFileHash> DataFiles { get; init; }

    /// <summary>The total with one decimal, or "—" without a total.</summary>
    public required string Total { get; init; }


    /// <summary>The grade, e.g. B, or "—".</summary>
    public required string Grade { get; init; }

    /// <summary>The grade's label in the policy, e.g. 良好, or "".</summary>
    public required string GradeLabel { get; init; }

    /// <summary>Why the person has no total (e.g. a metric without data and <c>missing fail</c>), or "".</summary>
    public required string Error { get; init; }

    /// <summary>
    /// The pass mark for charts, in points with up to one decimal: the minimum of the lowest grade that has
    /// one (e.g. "60" for C &gt;= 60), or null when no grade has a minimum.
    /// </summary>
    public string? PassMark { get; init; }

    /// <summary>Dimension scores, in scorecard order.</summary>
    public required IReadOnlyList<DimensionLine> Dimensions { get; init; }

    /// <summary>Metrics: the scorecard's first, then the policy's reported ones.</summary>
    public required IReadOnlyList<MetricLine> Metrics { get; init; }

    /// <summary>Totals of up to six earlier periods (those inside some policy version) and this one, oldest first.</summary>
    public required IReadOnlyList<TrendPoint> Trend { get; init; }

    /// <summary>BARS-rated items.</summary>
    public required IReadOnlyList<RatedLine> Rated { get; init; }

    /// <summary>Bonus items.</summary>
    public required IReadOnlyList<BonusLine> Bonuses { get; init; }

    /// <summary>Bonus points added to the total, shown as in the metrics table, or "0".</summary>
    public required string BonusTotal { get; init; }

    /// <summary>Alerts raised.</summary>
    public required IReadOnlyList<AlertLine> Alerts { get; init; }

    /// <summary>PDCA items fired.</summary>
    public required IReadOnlyList<ImprovementLine> Improvements { get; init; }

    /// <summary>Anonymous team context, or null when the group is smaller than <see cref="TeamContext.MinimumGroup"/>.</summary>
    public TeamContext? Team { get; init; }
}
