namespace ScoreRules.Reporting.Charts;

/// <summary>The kinds of chart a <c>```chart KIND</c> block can draw.</summary>
public enum ChartKind
{
    /// <summary>Vertical bars, one per metric, with an optional dashed target line.</summary>
    Bar,

    /// <summary>A radar (spider) chart: one axis per dimension, three or more axes.</summary>
    Radar,

    /// <summary>A trend line over periods (up to 12 points; reports use up to 7).</summary>
    Line,
}
