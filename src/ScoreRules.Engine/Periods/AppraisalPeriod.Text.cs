using ScoreRules.Language.Model;
using System.Globalization;
using NodaTime.Calendars;

namespace ScoreRules.Engine.Periods;

public readonly partial struct AppraisalPeriod
{
    /// <summary>
    /// Parses a period as written in rules and on the command line: <c>2026-W01</c> (ISO week; one or
    /// two digits, <c>w</c> allowed), <c>2026-03</c> (month), <c>2026-Q1</c> (quarter, <c>q</c> allowed)
    /// or <c>2026</c> (year). The year has four digits.
    /// </summary>
    /// <returns>False for any other text, or a week, month or quarter that does not exist (2026-W54, 2026-13, 2026-Q5).</returns>
    public static bool TryParse(string? text, out AppraisalPeriod period)
    {
        period = default;
        if (text is null || text.Length < 4 || !TryDigits(text, 0, 4, out var year) || year < MinYear || year > MaxYear)
        {
            return false;
        }
        if (text.Length == 4)
        {
            period = OfYear(year);
            return true;
        }
        if (text[4] != '-' || text.Length < 6)
        {
            return false;
        }
        var marker = char.ToUpperInvariant(text[5]);
        if (marker is 'W' or 'Q')
        {
            if (text.Length is not (7 or 8) || !TryDigits(text, 6, text.Length - 6, out var number))
            {
                return false;
            }
            if (marker == 'Q')
            {
                if (number is < 1 or > 4)
                {
                    return false;
                }
                period = OfQuarter(year, number);
                return true;
            }
            if (number < 1 || number > WeekYearRules.Iso.GetWeeksInWeekYear(year))
            {
                return false;
            }
            period = OfWeek(year, number);
            return true;
        }
        if (text.Length != 7 || !TryDigits(text, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }
        period = OfMonth(year, month);
        return true;
    }

    /// <summary>Parses a period like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static AppraisalPeriod Parse(string text) =>
        TryParse(text, out var period)
            ? period
            : throw new FormatException(
                $"'{text}' is not a period; write a week 2026-W01, a month 2026-03, a quarter 2026-Q1 or a year 2026.");

    /// <summary>
    /// Canonical text: <c>2026-W01</c>, <c>2026-03</c>, <c>2026-Q1</c> or <c>2026</c>; empty for
    /// <c>default(AppraisalPeriod)</c>. <see cref="Parse"/> reads it back to an equal period.
    /// </summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Number:D2}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}"),
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
