using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Periods;

/// <summary>
/// A run of consecutive periods of one kind, both ends included, as written on the command line:
/// <c>2016-02..2016-06</c> (five months), <c>2026-Q1..2026-Q4</c>, <c>2026-W01..2026-W13</c>, <c>2024..2026</c>.
/// </summary>
/// <param name="First">The first period.</param>
/// <param name="Last">The last period: the same kind as <paramref name="First"/>, not before it.</param>
public readonly record struct AppraisalPeriodRange(AppraisalPeriod First, AppraisalPeriod Last)
{
    /// <summary>The kind of both ends and of every period in between.</summary>
    public PeriodKind Kind => First.Kind;

    /// <summary>The periods from <see cref="First"/> to <see cref="Last"/>, both included, in order.</summary>
    public IEnumerable<AppraisalPeriod> Periods
    {
        get
        {
            for (var p = First; ; p = p.Next())
            {
                yield return p;
                if (p == Last) yield break;
            }
        }
    }

    /// <summary>True when <paramref name="text"/> is written as a range (holds <c>..</c>), well-formed or not.</summary>
    public static bool IsRange(string? text) => text is not null && text.Contains("..", StringComparison.Ordinal);

    /// <summary>
    /// Parses <c>FIRST..LAST</c> (spaces around <c>..</c> allowed), each end a period as <see cref="AppraisalPeriod.TryParse"/>
    /// reads it. Both ends must be of the same kind, and the last must not come before the first; a range of one
    /// period (<c>2016-03..2016-03</c>) is allowed.
    /// </summary>
    /// <param name="text">The text, e.g. <c>2016-02..2016-06</c>.</param>
    /// <param name="range">The range, when the text is one.</param>
    /// <param name="error">Why the text is not a range, for an HR author (without a leading "error:"), or null.</param>
    public static bool TryParse(string? text, out AppraisalPeriodRange range, out string? error)
    {
        range = default;
        var at = text?.IndexOf("..", StringComparison.Ordinal) ?? -1;
        if (text is null || at < 0)
        {
            error = $"'{text}' is not a range of periods; write the first and the last period with .. between them, e.g. 2016-02..2016-06";
            return false;
        }
        var firstText = text[..at].Trim();
        var lastText = text[(at + 2)..].Trim();
        if (firstText.Length == 0 || lastText.Length == 0)
        {
            // The example is made of the end that was given, when it is a period.
            var example = AppraisalPeriod.TryParse(firstText.Length == 0 ? lastText : firstText, out var given) ? $"{given}..{given}" : "2026-01..2026-03";
            error = $"'{text}' has no {(firstText.Length == 0 ? "first" : "last")} period; write both ends, e.g. {example}";
            return false;
        }
        if (!AppraisalPeriod.TryParse(firstText, out var first) || !AppraisalPeriod.TryParse(lastText, out var last))
        {
            var bad = AppraisalPeriod.TryParse(firstText, out _) ? lastText : firstText;
            error = $"'{bad}' in '{text}' is not a period; write months 2016-02..2016-06, quarters 2026-Q1..2026-Q4, ISO weeks 2026-W01..2026-W13 or years 2024..2026";
            return false;
        }
        if (first.Kind != last.Kind)
        {
            // The example covers the same days in the shorter of the two kinds (2026-Q1..2026-03 → 2026-01..2026-03), when
            // that is a range at all.
            var kind = first.Kind < last.Kind ? first.Kind : last.Kind;
            var from = AppraisalPeriod.Containing(first.Start, kind);
            var end = AppraisalPeriod.Containing(last.End.PlusDays(-1), kind);
            var example = end.CompareTo(from) >= 0 ? $", e.g. {from}..{end}" : "";
            error = $"'{text}' starts with {Describe(first.Kind)} and ends with {Describe(last.Kind)}; both ends must be the same kind of period{example}";
            return false;
        }
        if (last.CompareTo(first) < 0)
        {
            error = $"'{text}' ends before it starts; write the earlier period first: {last}..{first}";
            return false;
        }
        range = new AppraisalPeriodRange(first, last);
        error = null;
        return true;
    }

    /// <summary>"a month", "a quarter", "an ISO week", "a year".</summary>
    public static string Describe(PeriodKind kind) => kind == PeriodKind.Week ? "an ISO week" : "a " + Keyword(kind);

    /// <summary>The word a policy writes for <paramref name="kind"/> (<c>period month</c>): "week", "month", "quarter" or "year".</summary>
    public static string Keyword(PeriodKind kind) => kind switch
    {
        PeriodKind.Week => "week",
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        _ => "year",
    };

    /// <summary><c>FIRST..LAST</c>, each end canonical (<see cref="AppraisalPeriod.ToString"/>).</summary>
    public override string ToString() => $"{First}..{Last}";
}
