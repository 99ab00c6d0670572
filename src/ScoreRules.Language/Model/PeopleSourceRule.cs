namespace ScoreRules.Language.Model;

/// <summary>
/// Which source lists people: the source called <c>people</c> when declared, else the first declared
/// source without <c>at</c> that has a field the scorecards' <c>for</c> conditions read. Shared by
/// <see cref="PolicyModel.PeopleSource"/> and the engine so both pick the same list.
/// </summary>
public static class PeopleSourceRule
{
    /// <summary>The id of the people source among <paramref name="sources"/> (declaration order), or null when none fits.</summary>
    /// <param name="sources">The declared sources, in declaration order.</param>
    /// <param name="conditions">The scorecards' <c>for</c> conditions (null entries for scorecards without one).</param>
    public static string? Pick(IEnumerable<SourceModel> sources, IEnumerable<Expr?> conditions)
    {
        var list = sources.ToList();
        if (list.Any(s => s.Id == PolicyModel.DefaultPeopleSource)) return PolicyModel.DefaultPeopleSource;
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in conditions) Collect(c, read);
        read.Remove("person");
        if (read.Count == 0) return null;
        return list.FirstOrDefault(s => s.AtField is null && s.Fields.Any(f => read.Contains(f.Name)))?.Id;
    }

    // The field names a condition reads of the person's own row; those inside an aggregation belong to its source.
    private static void Collect(Expr? e, HashSet<string> names)
    {
        if (e is null or AggregateExpr) return;
        if (e is NameRef { Kind: NameKind.Field } n) names.Add(n.Name);
        foreach (var x in e.Children()) Collect(x, names);
    }
}
