using ScoreRules.Language.Model;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Reads simple conditions out of bound expressions: the field values a <c>where</c> or <c>for</c>
/// requires (only plain conjunctions of equalities, <c>in</c> lists and bool fields are understood),
/// and every text value a rule compares a field with, so generated rows use the words the rules expect.
/// </summary>
internal static class RuleConditions
{
    /// <summary>The parts of <paramref name="condition"/> joined by <c>and</c> (none for null).</summary>
    public static IEnumerable<Expr> Conjuncts(Expr? condition)
    {
        switch (condition)
        {
            case null:
                yield break;
            case BinaryExpr { Operator: BinaryOperator.And } and:
                foreach (var e in Conjuncts(and.Left)) yield return e;
                foreach (var e in Conjuncts(and.Right)) yield return e;
                break;
            default:
                yield return condition;
                break;
        }
    }

    /// <summary>The field values that make <paramref name="condition"/> hold, as far as they can be read from it.</summary>
    public static IReadOnlyList<FieldRequirement> Requirements(Expr? condition)
    {
        var result = new List<FieldRequirement>();
        foreach (var part in Conjuncts(condition))
        {
            switch (part)
            {
                case BinaryExpr { Operator: BinaryOperator.Equal, Left: NameRef { Kind: NameKind.Field } f, Right: ConstantExpr { Value: { } v } }:
                    result.Add(new FieldRequirement(f.Name, v));
                    break;
                case BinaryExpr { Operator: BinaryOperator.Equal, Left: ConstantExpr { Value: { } v }, Right: NameRef { Kind: NameKind.Field } f }:
                    result.Add(new FieldRequirement(f.Name, v));
                    break;
                case NameRef { Kind: NameKind.Field } f:
                    result.Add(new FieldRequirement(f.Name, true));
                    break;
                case UnaryExpr { Operator: UnaryOperator.Not, Operand: NameRef { Kind: NameKind.Field } f }:
                    result.Add(new FieldRequirement(f.Name, false));
                    break;
                case InExpr { Value: NameRef { Kind: NameKind.Field } f, Items: [ConstantExpr { Value: { } v }, ..] }:
                    result.Add(new FieldRequirement(f.Name, v));
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// Adds to <paramref name="words"/> (by source id, then field name) every text constant that
    /// <paramref name="expression"/> compares a field of an aggregated source with (<c>==</c>, <c>!=</c>, <c>in</c>).
    /// </summary>
    public static void CollectWords(Expr? expression, string? source, Dictionary<(string Source, string Field), SortedSet<string>> words)
    {
        void Add(string field, object? value)
        {
            if (source is null || value is not string text) return;
            if (!words.TryGetValue((source, field), out var set)) words[(source, field)] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(text);
        }

        switch (expression)
        {
            case AggregateExpr a:
                foreach (var x in a.Arguments) CollectWords(x, a.Source, words);
                CollectWords(a.Where, a.Source, words);
                break;
            case BinaryExpr { Operator: BinaryOperator.Equal or BinaryOperator.NotEqual } b:
                if (b is { Left: NameRef { Kind: NameKind.Field } lf, Right: ConstantExpr rc }) Add(lf.Name, rc.Value);
                else if (b is { Left: ConstantExpr lc, Right: NameRef { Kind: NameKind.Field } rf }) Add(rf.Name, lc.Value);
                CollectWords(b.Left, source, words);
                CollectWords(b.Right, source, words);
                break;
            case BinaryExpr b:
                CollectWords(b.Left, source, words);
                CollectWords(b.Right, source, words);
                break;
            case InExpr { Value: NameRef { Kind: NameKind.Field } f } i:
                foreach (var item in i.Items.OfType<ConstantExpr>()) Add(f.Name, item.Value);
                break;
            case UnaryExpr u:
                CollectWords(u.Operand, source, words);
                break;
            case CallExpr c:
                foreach (var x in c.Arguments) CollectWords(x, source, words);
                break;
            case MemberExpr m:
                CollectWords(m.Target, source, words);
                break;
        }
    }

    /// <summary>
    /// The sources that <paramref name="expression"/> aggregates over, following metric, rated-item and
    /// bonus names into their definitions in <paramref name="policy"/>.
    /// </summary>
    public static void CollectSources(PolicyModel policy, Expr? expression, ISet<string> sources, ISet<string> seen)
    {
        switch (expression)
        {
            case AggregateExpr a:
                sources.Add(a.Source);
                foreach (var x in a.Arguments) CollectSources(policy, x, sources, seen);
                CollectSources(policy, a.Where, sources, seen);
                break;
            case NameRef { Kind: NameKind.Metric or NameKind.Rated or NameKind.Bonus } n:
                CollectNamed(policy, n.Name, sources, seen);
                break;
            case BinaryExpr b:
                CollectSources(policy, b.Left, sources, seen);
                CollectSources(policy, b.Right, sources, seen);
                break;
            case UnaryExpr u:
                CollectSources(policy, u.Operand, sources, seen);
                break;
            case CallExpr c:
                foreach (var x in c.Arguments) CollectSources(policy, x, sources, seen);
                break;
            case InExpr i:
                CollectSources(policy, i.Value, sources, seen);
                break;
            case MemberExpr m:
                CollectSources(policy, m.Target, sources, seen);
                break;
        }
    }

    /// <summary>The sources read by the metric, rated item or bonus called <paramref name="name"/>.</summary>
    public static void CollectNamed(PolicyModel policy, string name, ISet<string> sources, ISet<string> seen)
    {
        if (!seen.Add(name)) return;
        if (policy.Metric(name) is { } metric) CollectSources(policy, metric.Value, sources, seen);
        else if (policy.Bonuses.TryGetValue(name, out var bonus)) CollectSources(policy, bonus.Value, sources, seen);
        else if (policy.RatedItems.TryGetValue(name, out var rated))
        {
            sources.Add(rated.Source);
            CollectSources(policy, rated.Where, sources, seen);
        }
    }
}
