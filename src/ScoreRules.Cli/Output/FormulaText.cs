using ScoreRules.Language.Model;

namespace ScoreRules.Cli.Output;

/// <summary>
/// Reads a metric's value formula as written (<c>p90(work_minutes(created, responded, office)) over
/// tickets where responded != none</c>) back into words for <c>explain</c>: what is aggregated
/// ("p90 of work_minutes(created, responded, office)") and the row filter ("responded != none").
/// </summary>
internal static class FormulaText
{
    /// <summary>What a formula aggregates and its <c>where</c> condition as written.</summary>
    /// <param name="What">E.g. "mean of csat", "share with contacts == 1", "count".</param>
    /// <param name="Where">The row filter as written, or null.</param>
    public sealed record Parts(string What, string? Where);

    /// <summary>
    /// The parts of <paramref name="formula"/> when <paramref name="value"/> is an aggregation written in
    /// the usual form <c>f(args) over source [where condition]</c>; null for any other formula.
    /// </summary>
    public static Parts? Describe(Expr? value, string formula)
    {
        if (value is not AggregateExpr aggregate) return null;
        var text = formula.Trim();
        var open = aggregate.Function.Length;
        if (!text.StartsWith(aggregate.Function, StringComparison.Ordinal) || open >= text.Length || text[open] != '(') return null;
        var close = MatchingParenthesis(text, open);
        if (close < 0) return null;
        var arguments = SplitArguments(text[(open + 1)..close]);
        var rest = text[(close + 1)..].TrimStart();
        if (!rest.StartsWith("over ", StringComparison.Ordinal)) return null;
        var where = IndexOfWord(rest, "where");
        var condition = where < 0 ? null : rest[(where + "where".Length)..].Trim();

        var f = aggregate.Function;
        var what = f switch
        {
            "count" when arguments.Count == 0 => "count",
            "count" => $"count of non-empty {arguments[0]}",
            "share" when arguments.Count == 1 => $"share with {arguments[0]}",
            "ratio" when arguments.Count == 2 => $"ratio of {arguments[0]} to {arguments[1]}",
            "distinct" when arguments.Count == 1 => $"number of distinct {arguments[0]}",
            _ when arguments.Count == 1 => $"{f} of {arguments[0]}",
            _ => $"{f}({string.Join(", ", arguments)})",
        };
        return new Parts(what, condition);
    }

    // The index of the parenthesis that closes the one at `open`, skipping quoted strings; -1 if none.
    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                i = text.IndexOf('"', i + 1);
                if (i < 0) return -1;
            }
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static List<string> SplitArguments(string inner)
    {
        var parts = new List<string>();
        if (inner.Trim().Length == 0) return parts;
        int depth = 0, start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '"')
            {
                var end = inner.IndexOf('"', i + 1);
                i = end < 0 ? inner.Length - 1 : end;
            }
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0)
            {
                parts.Add(inner[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(inner[start..].Trim());
        return parts;
    }

    // The word as a whole word outside quotes, e.g. `where` but not `somewhere`; -1 if absent.
    private static int IndexOfWord(string text, string word)
    {
        for (var i = 0; i + word.Length <= text.Length; i++)
        {
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) return -1;
                i = end;
                continue;
            }
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0
                && (i == 0 || char.IsWhiteSpace(text[i - 1]))
                && (i + word.Length == text.Length || char.IsWhiteSpace(text[i + word.Length])))
                return i;
        }
        return -1;
    }
}
