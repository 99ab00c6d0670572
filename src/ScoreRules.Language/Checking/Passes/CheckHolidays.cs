using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Warns about holidays on days the calendar does not work anyway (SR2017): a single date on such
/// a day, or a range made only of such days. Often the holiday was moved to a working day (a
/// "bridge" or substitute day) and that day is the one to list.
/// </summary>
internal sealed class CheckHolidays : ICheckPass
{
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <inheritdoc/>
    public string Name => "holidays";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (calendar, source) in context.Scope.OfType<CalendarDeclaration>())
        {
            var working = WorkingDays(calendar);
            if (working.Count == 0) continue;
            foreach (var range in calendar.Items.OfType<HolidaysItem>().SelectMany(h => h.Days))
            {
                var to = range.To ?? range.From;
                if (to < range.From || to.DayNumber - range.From.DayNumber > 366) continue;
                if (Parsing.Terminals.IsInvalidDate(range.From)) continue;
                var days = Enumerable.Range(range.From.DayNumber, to.DayNumber - range.From.DayNumber + 1).Select(DateOnly.FromDayNumber).ToList();
                if (days.Any(d => working.Contains(d.DayOfWeek))) continue;
                var hint = "remove it; if the holiday moves to a working day, list that day instead";
                var message = range.To is null
                    ? $"holiday {range.From:yyyy-MM-dd} is a {range.From.DayOfWeek}, when calendar `{calendar.Id.Text}` does not work anyway (its hours cover {Describe(working)})"
                    : $"every day of the holiday range {range.From:yyyy-MM-dd} .. {to:yyyy-MM-dd} is a day calendar `{calendar.Id.Text}` does not work anyway (its hours cover {Describe(working)})";
                context.ReportWithHint(DiagnosticDescriptors.HolidayOnNonWorkingDay, source, range.Span, hint, message);
            }
        }
    }

    private static HashSet<DayOfWeek> WorkingDays(CalendarDeclaration calendar)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var group in calendar.Items.OfType<HoursItem>().SelectMany(h => h.Groups))
        {
            var first = Array.IndexOf(DayNames, group.FirstDay.Text);
            var last = group.LastDay is { } lastDay ? Array.IndexOf(DayNames, lastDay.Text) : first;
            for (var d = first; d <= last && d >= 0; d++) days.Add(ToDayOfWeek(d));
        }
        return days;
    }

    private static DayOfWeek ToDayOfWeek(int index) => (DayOfWeek)((index + 1) % 7);

    private static string Describe(HashSet<DayOfWeek> working)
    {
        var indexes = Enumerable.Range(0, 7).Where(i => working.Contains(ToDayOfWeek(i))).ToList();
        var runs = new List<string>();
        for (var i = 0; i < indexes.Count;)
        {
            var j = i;
            while (j + 1 < indexes.Count && indexes[j + 1] == indexes[j] + 1) j++;
            runs.Add(j > i ? $"{DayNames[indexes[i]]}..{DayNames[indexes[j]]}" : DayNames[indexes[i]]);
            i = j + 1;
        }
        return string.Join(", ", runs);
    }
}
