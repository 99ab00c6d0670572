namespace ScoreRules.Engine.CSharp;

/// <summary>Where one formula sits in the generated source.</summary>
/// <param name="Formula">The formula.</param>
/// <param name="IsExpression">True when the formula is an expression, false for statements.</param>
/// <param name="CodeStart">The offset of the formula's first character in the generated source, or -1 when it was left out.</param>
/// <param name="SyntaxErrors">Errors found reading the formula alone (offset in the formula, length, message); a formula with any is left out.</param>
internal sealed record FormulaSlot(CSharpFormula Formula, bool IsExpression, int CodeStart, IReadOnlyList<(int Offset, int Length, string Message)> SyntaxErrors)
{
    /// <summary>True when the formula's text is in the generated source.</summary>
    public bool IsIncluded => CodeStart >= 0;

    /// <summary>True when <paramref name="position"/> of the generated source falls inside the formula's own text.</summary>
    public bool Contains(int position) => IsIncluded && position >= CodeStart && position <= CodeStart + Formula.Code.Length;
}
