namespace ScoreRules.Language.Model;

/// <summary>The parts of a bound expression, for the passes that look through a whole expression tree.</summary>
public static class ExprChildren
{
    /// <summary>
    /// The direct sub-expressions of <paramref name="expr"/>, in the order they are written: a binary operation's left
    /// and right side, a unary operation's operand, a call's arguments, <c>x in [...]</c>'s value then items, an
    /// aggregation's arguments then its <c>where</c>, a member access's target. Names and constants have none.
    /// </summary>
    public static IEnumerable<Expr> Children(this Expr expr)
    {
        switch (expr)
        {
            case BinaryExpr b:
                yield return b.Left;
                yield return b.Right;
                break;
            case UnaryExpr u:
                yield return u.Operand;
                break;
            case CallExpr c:
                foreach (var x in c.Arguments) yield return x;
                break;
            case InExpr i:
                yield return i.Value;
                foreach (var x in i.Items) yield return x;
                break;
            case AggregateExpr a:
                foreach (var x in a.Arguments) yield return x;
                if (a.Where is not null) yield return a.Where;
                break;
            case MemberExpr m:
                yield return m.Target;
                break;
        }
    }
}
