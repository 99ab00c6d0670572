namespace ScoreRules.Engine.CSharp;

/// <summary>What a C# formula computes.</summary>
public enum FormulaKind
{
    /// <summary><c>value csharp "…"</c>: a metric's value from the person's rows of the period.</summary>
    Value,
    /// <summary><c>score csharp "…"</c>: points 0..100 from a metric's value (or a rated item's level).</summary>
    Score,
}
