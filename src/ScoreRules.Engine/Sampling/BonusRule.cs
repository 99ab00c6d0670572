using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>What a bonus counts, as far as the generator can read it: <c>sum(points) over claims where kind == "x" and approved</c>.</summary>
/// <param name="Bonus">The bonus item.</param>
/// <param name="Source">The source it sums over.</param>
/// <param name="PointsField">The field it sums, or null when it counts rows.</param>
/// <param name="Requirements">What a row must hold to count.</param>
internal sealed record BonusRule(BonusModel Bonus, SourceModel Source, string? PointsField, IReadOnlyList<FieldRequirement> Requirements)
{
    /// <summary>The rule of <paramref name="bonus"/> in <paramref name="version"/>, or null when its value is not an aggregation over a source.</summary>
    public static BonusRule? Of(PolicyModel version, BonusModel bonus)
    {
        var aggregate = Find(bonus.Value);
        if (aggregate is null || !version.Sources.TryGetValue(aggregate.Source, out var source)) return null;
        var points = aggregate.Arguments is [NameRef { Kind: NameKind.Field } field, ..] ? field.Name : null;
        return new BonusRule(bonus, source, points, RuleConditions.Requirements(aggregate.Where));
    }

    private static AggregateExpr? Find(Expr? e) => e switch
    {
        AggregateExpr a => a,
        BinaryExpr b => Find(b.Left) ?? Find(b.Right),
        UnaryExpr u => Find(u.Operand),
        CallExpr c => c.Arguments.Select(Find).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
