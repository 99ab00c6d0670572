using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Model;

/// <summary>
/// A bare name. Inside an aggregation it is a field of the source's current row (<see cref="NameKind.Field"/>);
/// elsewhere a metric, rated item or bonus value, a calendar (as an argument), or in a test a person id.
/// </summary>
/// <param name="Name">The name.</param>
/// <param name="Kind">What the name was bound to.</param>
/// <param name="Location">Where it is written.</param>
public sealed record NameRef(string Name, NameKind Kind, RuleLocation Location) : Expr(Location);

/// <summary>What a <see cref="NameRef"/> refers to.</summary>
public enum NameKind
{
    /// <summary>A field of the current row.</summary>
    Field,
    /// <summary>A metric's value for the current person and period.</summary>
    Metric,
    /// <summary>A rated item's level.</summary>
    Rated,
    /// <summary>A bonus item's points.</summary>
    Bonus,
    /// <summary>A business calendar.</summary>
    Calendar,
    /// <summary>Anything else (a person id in a test, a result member); resolved by the caller.</summary>
    Other,
}
