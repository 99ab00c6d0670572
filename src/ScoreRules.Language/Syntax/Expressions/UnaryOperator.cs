namespace ScoreRules.Language.Syntax;

/// <summary>Prefix operators.</summary>
public enum UnaryOperator
{
    /// <summary><c>-x</c></summary>
    Negate,
    /// <summary><c>not x</c></summary>
    Not,
}
