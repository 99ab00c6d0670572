namespace ScoreRules.Language.Syntax;

/// <summary>A comparison operator used in expressions, targets and score bands.</summary>
public enum CompareOp
{
    /// <summary><c>==</c></summary>
    Equal,
    /// <summary><c>!=</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
}

/// <summary>Spelling of <see cref="CompareOp"/>.</summary>
public static class CompareOpExtensions
{
    /// <summary>The operator as written in rule files, e.g. <c>&gt;=</c>.</summary>
    public static string ToSymbol(this CompareOp op) => op switch
    {
        CompareOp.Equal => "==",
        CompareOp.NotEqual => "!=",
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "<=",
        CompareOp.Greater => ">",
        _ => ">=",
    };

    /// <summary>True when <paramref name="left"/> <paramref name="op"/> <paramref name="right"/> holds.</summary>
    public static bool Holds(this CompareOp op, decimal left, decimal right) => op switch
    {
        CompareOp.Equal => left == right,
        CompareOp.NotEqual => left != right,
        CompareOp.Less => left < right,
        CompareOp.LessOrEqual => left <= right,
        CompareOp.Greater => left > right,
        _ => left >= right,
    };
}
