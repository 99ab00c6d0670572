using System.Text.RegularExpressions;
using ScoreRules.Language.Checking.Binding;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Syntax;
using ScoreRules.Language.Text;

namespace ScoreRules.Language.Checking.Passes;

/// <summary>
/// Reports settings whose value is not allowed (SR2019): period kinds, IANA time zones, text
/// encodings, delimiters, data formats, <c>sheet</c> outside Excel, date formats on non-date
/// fields, unit words, effective ranges and holiday ranges that run backwards, working hours that
/// end before they start or overlap, <c>!=</c> targets, scores outside 0..100, <c>max</c> and
/// <c>min raters</c> below 1, durations of 0, and test periods that are not concrete.
/// </summary>
internal sealed partial class CheckSettings : ICheckPass
{
    private static readonly string[] PeriodKinds = ["week", "month", "quarter", "year"];
    private static readonly string[] Formats = ["csv", "json", "jsonl", "xlsx"];
    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    [GeneratedRegex(@"^\d{4}(-(\d{2}|Q[1-4]|W\d{2}))?$")]
    private static partial Regex ConcretePeriod();

    /// <inheritdoc/>
    public string Name => "settings";

    /// <inheritdoc/>
    public void Run(CheckContext context)
    {
        foreach (var (declaration, source) in context.Scope.Declarations)
        {
            void Invalid(TextSpan span, string message, string? hint = null) =>
                context.ReportWithHint(DiagnosticDescriptors.InvalidSetting, source, span, hint, message);

            foreach (var item in declaration.Items)
                CheckItem(declaration, item, source, Invalid);

            switch (declaration)
            {
                case CalendarDeclaration calendar:
                    CheckHours(calendar, source, Invalid);
                    break;
                case SourceDeclaration src:
                    CheckSourceFormat(src, Invalid);
                    break;
            }
        }
    }

    private static void CheckItem(Declaration declaration, Item item, SourceText source, Action<TextSpan, string, string?> invalid)
    {
        switch (item)
        {
            case WordSetting { Keyword: "period" } period when declaration is PolicyDeclaration && !PeriodKinds.Contains(period.Value.Text):
                invalid(period.Value.Span, $"unknown period `{period.Value.Text}`; expected week, month, quarter or year",
                    ConcretePeriod().IsMatch(period.Value.Text)
                        ? "a policy says how long its periods are; a concrete period such as 2026-03 belongs in a test"
                        : Suggestions.DidYouMean(period.Value.Text, PeriodKinds));
                break;
            case WordSetting { Keyword: "period" } period when declaration is TestDeclaration && !ConcretePeriod().IsMatch(period.Value.Text):
                invalid(period.Value.Span, $"a test evaluates one concrete period such as 2026-03, 2026-Q1, 2026-W05 or 2026, not `{period.Value.Text}`", null);
                break;
            case TextSetting { Keyword: "timezone" } zone when !TimeZones.IsKnown(zone.Value.Value):
                invalid(zone.Value.Span, $"unknown time zone \"{zone.Value.Value}\"; expected an IANA time zone name such as \"Asia/Taipei\" or \"Europe/London\"",
                    Suggestions.DidYouMean(zone.Value.Value, TimeZones.Ids));
                break;
            case TextSetting { Keyword: "encoding" } encoding when TextEncodings.Find(encoding.Value.Value) is null:
                invalid(encoding.Value.Span, $"unknown text encoding \"{encoding.Value.Value}\"; expected e.g. \"utf-8\" or \"gb18030\"",
                    Suggestions.DidYouMean(encoding.Value.Value, TextEncodings.Names));
                break;
            case TextSetting { Keyword: "delimiter", Value.Value.Length: not 1 } delimiter:
                invalid(delimiter.Value.Span, $"a delimiter is one character, but \"{delimiter.Value.Value}\" has {delimiter.Value.Value.Length}",
                    "e.g. `delimiter \";\"` or `delimiter \"\\t\"`");
                break;
            case EffectiveItem effective when effective.To.Value < effective.From.Value
                && !Parsing.Terminals.IsInvalidDate(effective.From.Value) && !Parsing.Terminals.IsInvalidDate(effective.To.Value):
                invalid(effective.Span, $"the effective range ends ({effective.To.Value:yyyy-MM-dd}) before it starts ({effective.From.Value:yyyy-MM-dd})",
                    $"write `effective {effective.To.Value:yyyy-MM-dd} .. {effective.From.Value:yyyy-MM-dd}`");
                break;
            case HolidaysItem holidays:
                foreach (var range in holidays.Days)
                    if (range.To is { } to && to < range.From && !Parsing.Terminals.IsInvalidDate(to))
                        invalid(range.Span, $"the holiday range ends ({to:yyyy-MM-dd}) before it starts ({range.From:yyyy-MM-dd})", null);
                break;
            case FieldItem { Format: { } format } field when field.Type.Text is not ("date" or "datetime"):
                invalid(format.Span, $"a format only applies to date and datetime fields, but `{field.Field.Text}` is {field.Type.Text}", null);
                break;
            case WordSetting { Keyword: "unit", Value.Quoted: false } unit when Unit.FromWord(unit.Value.Text, "") is null:
                invalid(unit.Value.Span, $"unknown unit `{unit.Value.Text}`; expected minutes, hours, days, weeks, percent, count or points, or any text in quotes such as \"/5\"",
                    Suggestions.DidYouMean(unit.Value.Text, Unit.Words));
                break;
            case TargetItem { Operator: CompareOp.NotEqual } target:
                invalid(target.Span, "a target needs a direction: use `>=`, `>`, `<=`, `<` or `==`, not `!=`", null);
                break;
            case ScoreItem score:
                CheckScoreRange(score.Rule, invalid);
                break;
            case NumberSetting { Keyword: "max" } max when max.Value.Value <= 0:
                invalid(max.Value.Span, $"`max` caps the points a bonus adds, so it must be more than 0, not {Wording.Number(max.Value.Value)}", null);
                break;
            case NumberSetting { Keyword: "min raters" } min when min.Value.Value < 1 || min.Value.Value != decimal.Truncate(min.Value.Value):
                invalid(min.Value.Span, $"`min raters` is a whole number of raters, 1 or more, not {Wording.Number(min.Value.Value)}", null);
                break;
            case DoItem { Within: { Amount: <= 0 } within }:
                invalid(within.Span, "`within` needs a time of more than 0", null);
                break;
            case TextSetting { Keyword: "sheet" } sheet when declaration is SourceDeclaration src && DataFormat(src) is { } fmt && fmt != "xlsx":
                invalid(sheet.Span, $"`sheet` only applies to Excel (xlsx) files, but source `{src.Id.Text}` reads {fmt}", null);
                break;
        }
    }

    private static void CheckScoreRange(ScoreRule rule, Action<TextSpan, string, string?> invalid)
    {
        var scores = rule switch
        {
            LinearScore linear => linear.Points.Select(p => p.Score),
            BandsScore bands => bands.Bands.Select(b => b.Score),
            _ => [],
        };
        foreach (var score in scores)
            if (score.Value is < 0m or > 100m || score.IsPercent)
                invalid(score.Span, $"a score is a number of points from 0 to 100, but this one is {(score.IsPercent ? Wording.Percent(score.Value) : Wording.Number(score.Value))}", null);
    }

    /// <summary>The data format of a source: its <c>format</c>, else its file's extension, else null.</summary>
    public static string? DataFormat(SourceDeclaration src)
    {
        if (src.Items.OfType<WordSetting>().FirstOrDefault(w => w.Keyword == "format") is { } format) return format.Value.Text;
        var extension = Path.GetExtension(src.Path.Value).TrimStart('.').ToLowerInvariant();
        return Formats.Contains(extension) ? extension : null;
    }

    private static void CheckSourceFormat(SourceDeclaration src, Action<TextSpan, string, string?> invalid)
    {
        if (DataFormat(src) is null)
            invalid(src.Path.Span, $"cannot tell the format of \"{src.Path.Value}\" from its name",
                "add `format csv` (or json, jsonl, xlsx) to the source");
    }

    private static void CheckHours(CalendarDeclaration calendar, SourceText source, Action<TextSpan, string, string?> invalid)
    {
        // Working minutes taken so far on each day, to find overlaps.
        var taken = DayNames.ToDictionary(d => d, _ => new List<(int Start, int End, TextSpan Span)>());
        foreach (var group in calendar.Items.OfType<HoursItem>().SelectMany(h => h.Groups))
        {
            var first = Array.IndexOf(DayNames, group.FirstDay.Text);
            var last = group.LastDay is { } lastDay ? Array.IndexOf(DayNames, lastDay.Text) : first;
            if (last < first)
            {
                invalid(group.FirstDay.Span.Cover(group.LastDay!.Span), $"the days `{group.FirstDay.Text}..{group.LastDay.Text}` run backwards; a week runs mon..sun",
                    $"write `{group.LastDay.Text}..{group.FirstDay.Text}` or list the days in two groups");
                continue;
            }
            foreach (var time in group.Times)
            {
                var start = time.Start.Hour * 60 + time.Start.Minute;
                var end = source.Slice(time.Span).EndsWith("24:00", StringComparison.Ordinal) ? 1440 : time.End.Hour * 60 + time.End.Minute;
                if (end <= start)
                {
                    invalid(time.Span, $"the working time {Wording.Snippet(source, time.Span)} ends before it starts",
                        "a time range runs within one day, e.g. `09:00-18:00`; a shift past midnight is two ranges, e.g. `22:00-24:00` and `00:00-06:00` on the next day");
                    continue;
                }
                for (var d = first; d <= last; d++)
                {
                    var day = DayNames[d];
                    var clash = taken[day].FirstOrDefault(t => t.Start < end && start < t.End);
                    if (clash != default)
                    {
                        invalid(time.Span, $"the working time {Wording.Snippet(source, time.Span)} overlaps {Wording.Snippet(source, clash.Span)} on {day}", null);
                        break;
                    }
                    taken[day].Add((start, end, time.Span));
                }
            }
        }
    }
}
