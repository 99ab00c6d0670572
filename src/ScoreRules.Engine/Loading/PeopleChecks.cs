using ScoreRules.Engine.Data;

namespace ScoreRules.Engine.Loading;

/// <summary>
/// Warnings about the people list against the other sources: rows that belong to people the list does
/// not have (SD102, one per source) and people listed in more than one row (SD103, one per person).
/// </summary>
public static class PeopleChecks
{
    /// <summary>At most this many people are named in an SD102 message; the rest are counted.</summary>
    public const int NamesShown = 10;

    /// <summary>The warnings for <paramref name="people"/> (the people source) and <paramref name="others"/>, in source order.</summary>
    public static IEnumerable<DataDiagnostic> Check(SourceTable people, IEnumerable<SourceTable> others)
    {
        var listed = new HashSet<string>(people.People, StringComparer.Ordinal);
        if (people.Source.KeyField != people.Source.PersonField)
            foreach (var person in people.People)
                if (people.RowsOf(person) is { Count: > 1 } rows)
                    yield return new DataDiagnostic(people.DisplayPath, rows[^1].Row, 0, DataCodes.PersonListedTwice, false,
                        $"person \"{person}\" is listed {rows.Count} times in {FileName(people)} (rows {string.Join(", ", rows.Select(r => r.Row))}); "
                        + $"the last row is used; list each person once");
        foreach (var table in others)
        {
            var missing = table.People.Where(p => !listed.Contains(p))
                .Select(p => (Person: p, Rows: table.RowsOf(p).Count)).OrderBy(x => x.Person, StringComparer.Ordinal).ToList();
            if (missing.Count == 0) continue;
            var rows = missing.Sum(x => x.Rows);
            var names = string.Join(", ", missing.Take(NamesShown).Select(x => $"{x.Person} ({x.Rows})"));
            if (missing.Count > NamesShown) names += $" and {missing.Count - NamesShown} more";
            yield return new DataDiagnostic(table.DisplayPath, 0, 0, DataCodes.PersonNotListed, false,
                $"{rows} {(rows == 1 ? "row" : "rows")} of {FileName(table)} {(rows == 1 ? "belongs" : "belong")} to people not in {FileName(people)}, "
                + $"so no result uses {(rows == 1 ? "it" : "them")}: {names}");
        }
    }

    /// <summary>True when <paramref name="person"/> has rows in some source but is not in the people list.</summary>
    public static bool IsUnlisted(IReadOnlyDictionary<string, SourceTable> tables, string? peopleSource, string person) =>
        peopleSource is not null && tables.TryGetValue(peopleSource, out var people) && people.RowsOf(person).Count == 0
        && tables.Values.Any(t => t.RowsOf(person).Count > 0);

    private static string FileName(SourceTable table) => Path.GetFileName(table.DisplayPath);
}
