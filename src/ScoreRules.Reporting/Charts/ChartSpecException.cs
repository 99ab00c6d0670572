using ScoreRules.Reporting.Markdown;

namespace ScoreRules.Reporting.Charts;

/// <summary>The body of a chart block is not a valid chart spec; the message names the line (1-based, within the block).</summary>
public sealed class ChartSpecException : ReportRenderException
{
    /// <summary>Creates the exception for line <paramref name="line"/> of the block body.</summary>
    public ChartSpecException(int line, string message)
        : base(line > 0 ? $"chart block, line {line}: {message}" : $"chart block: {message}")
    {
        Line = line;
    }

    /// <summary>The 1-based line within the block body, or 0 for the block as a whole.</summary>
    public int Line { get; }
}
