namespace ScoreRules.Reporting.Charts;

/// <summary>
/// A chart as written in the body of a <c>```chart bar|radar|line</c> block (see docs/reports.md and
/// <see cref="ChartSpecParser"/>): the points in order and the options.
/// </summary>
public sealed record ChartSpec
{
    /// <summary>The kind of chart.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The labelled values, in the order written.</summary>
    public required IReadOnlyList<ChartPoint> Points { get; init; }

    /// <summary>A title drawn above the chart, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The value of the dashed target line (bar, line) or ring (radar), or null for none.</summary>
    public double? Target { get; init; }

    /// <summary>The bottom of the value axis; 0 unless given (radar charts always start at 0).</summary>
    public double Min { get; init; }

    /// <summary>The top of the value axis, or null to round the largest value or target up to a tick.</summary>
    public double? Max { get; init; }

    /// <summary>A unit shown after value labels (e.g. "%" or " 分"), or "".</summary>
    public string Unit { get; init; } = "";
}
