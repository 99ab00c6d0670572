namespace ScoreRules.Language.Syntax;

/// <summary>Infix operators, grouped by precedence (lowest first: or, and, comparisons, + -, * /).</summary>
public enum BinaryOperator
{
    /// <summary><c>or</c></summary>
    Or,
    /// <summary><c>and</c></summary>
    And,
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
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c></summary>
    Subtract,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
}

/// <summary>Spelling and precedence of <see cref="BinaryOperator"/>.</summary>
public static class BinaryOperatorExtensions
{
    /// <summary>The operator as written.</summary>
    public static string ToSymbol(this BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        _ => "/",
    };

    /// <summary>Binding strength: 1 (or) to 5 (* /).</summary>
    public static int Precedence(this BinaryOperator op) => op switch
    {
        BinaryOperator.Or => 1,
        BinaryOperator.And => 2,
        BinaryOperator.Add or BinaryOperator.Subtract => 4,
        BinaryOperator.Multiply or BinaryOperator.Divide => 5,
        _ => 3,
    };

    /// <summary>True for the six comparison operators.</summary>
    public static bool IsComparison(this BinaryOperator op) => op.Precedence() == 3;

    /// <summary>The comparison as a <see cref="CompareOp"/>.</summary>
    /// <exception cref="ArgumentException">The operator is not a comparison.</exception>
    public static CompareOp ToCompareOp(this BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => CompareOp.Equal,
        BinaryOperator.NotEqual => CompareOp.NotEqual,
        BinaryOperator.Less => CompareOp.Less,
        BinaryOperator.LessOrEqual => CompareOp.LessOrEqual,
        BinaryOperator.Greater => CompareOp.Greater,
        BinaryOperator.GreaterOrEqual => CompareOp.GreaterOrEqual,
        _ => throw new ArgumentException($"{op} is not a comparison", nameof(op)),
    };
}
