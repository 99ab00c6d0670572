namespace ScoreRules.Engine.CSharp;

/// <summary>The result of one call of a C# formula.</summary>
/// <param name="Value">The number the formula gave (a metric's value in its unit, percents as ratios 0..1; or points for a score formula, not yet clamped to 0..100), or null for no data or on error.</param>
/// <param name="Error">Why the formula gave no result (it is not allowed to run, failed, or ran past its time limit), naming the rule's location; null on success.</param>
public readonly record struct CSharpFormulaOutcome(decimal? Value, string? Error)
{
    /// <summary>True when the formula did not give a result.</summary>
    public bool IsError => Error is not null;
}
