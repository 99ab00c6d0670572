namespace ScoreRules.Reporting.Pdf;

/// <summary>Paper sizes for PDF reports.</summary>
public enum PageSize
{
    /// <summary>ISO A4, 210 × 297 mm (595.28 × 841.89 points).</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 inches (612 × 792 points).</summary>
    Letter,
}
