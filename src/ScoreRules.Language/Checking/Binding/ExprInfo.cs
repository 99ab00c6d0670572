namespace ScoreRules.Language.Checking.Binding;

/// <summary>What the checker knows about an expression: its type, unit and range.</summary>
/// <param name="Type">Its type.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Bounds">The values it can take.</param>
internal readonly record struct ExprInfo(ScoreType Type, Unit Unit, Bounds Bounds)
{
    /// <summary>Nothing known; no further checks.</summary>
    public static ExprInfo Unknown => new(ScoreType.Unknown, Unit.Unknown, Bounds.All);

    /// <summary>A value of <paramref name="type"/> with unknown unit and range.</summary>
    public static ExprInfo Of(ScoreType type) => new(type, Unit.Unknown, Bounds.All);
}
