using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Turns the cells of one field into typed values (see <see cref="DataRecord"/> for the types):
/// empty cells and missing markers become null, a <c>map</c> replaces known answers, and the rest is
/// parsed by the field's type; a number (mapped or not) outside the field's range is refused. Every
/// value that cannot be read gives a <see cref="CellProblem"/>.
/// </summary>
internal sealed class FieldConverter
{
    private const NumberStyles NumberStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly Dictionary<string, bool> BoolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["false"] = false,
        ["yes"] = true, ["no"] = false,
        ["y"] = true, ["n"] = false,
        ["1"] = true, ["0"] = false,
        ["是"] = true, ["否"] = false,
    };

    private readonly HashSet<string> _missing;
    private readonly Dictionary<string, object?>? _mapFolded;
    private readonly LocalDatePattern? _datePattern;
    private readonly LocalDateTimePattern? _dateTimePattern;
    private readonly DateTimeZone _zone;
    private readonly string _encoding;
    private readonly string _where;

    private readonly bool _isKey;
    private readonly ValueMemo? _memo;

    private FieldConverter(FieldModel field, bool isKey, IEnumerable<string> missing, DateTimeZone zone, string encoding,
        LocalDatePattern? datePattern, LocalDateTimePattern? dateTimePattern, bool memoize)
    {
        _memo = memoize ? new ValueMemo() : null;
        Field = field;
        _isKey = isKey;
        Required = isKey || !field.Optional;
        _missing = new HashSet<string>(missing.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase);
        _zone = zone;
        _encoding = encoding;
        _datePattern = datePattern;
        _dateTimePattern = dateTimePattern;
        _where = $"(field {field.Name}, column \"{field.Column}\")";
        if (field.Map is { } map)
        {
            _mapFolded = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (answer, value) in map) _mapFolded.TryAdd(answer.Trim(), value);
        }
    }

    /// <summary>The field read.</summary>
    public FieldModel Field { get; }

    /// <summary>True when an empty value is an error (a field without <c>?</c>, or the key).</summary>
    public bool Required { get; }

    /// <summary>
    /// The converter of <paramref name="field"/> (<paramref name="isKey"/>: the source's key, which every
    /// row needs), or null with <paramref name="problem"/> set when its date format cannot be used.
    /// With <paramref name="memoize"/>, text cells go through a <see cref="ValueMemo"/>.
    /// </summary>
    public static FieldConverter? Create(FieldModel field, bool isKey, IEnumerable<string> missing, DateTimeZone zone,
        string encoding, out string? problem, bool memoize = true)
    {
        problem = null;
        LocalDatePattern? date = null;
        LocalDateTimePattern? dateTime = null;
        if (field.Format is { } format && field.Type is FieldType.Date or FieldType.DateTime)
        {
            try
            {
                var relaxed = DateTimeFormats.Relax(format);
                if (field.Type == FieldType.Date) date = LocalDatePattern.CreateWithInvariantCulture(relaxed);
                else dateTime = LocalDateTimePattern.CreateWithInvariantCulture(relaxed);
            }
            catch (InvalidPatternException e)
            {
                problem = $"the date format \"{format}\" of field {field.Name} cannot be used: {e.Message}";
                return null;
            }
        }
        return new FieldConverter(field, isKey, missing, zone, encoding, date, dateTime, memoize);
    }

    /// <summary>Reads one cell; false with <paramref name="problem"/> when it cannot be read.</summary>
    public bool TryConvert(RawCell cell, out object? value, out CellProblem problem)
    {
        if (_memo is null || cell.Value is not string text || cell.Structure is not null)
            return ConvertCell(cell, out value, out problem);
        problem = default;
        if (_memo.TryGet(text, out value)) return true;
        if (!ConvertCell(cell, out value, out problem)) return false;
        _memo.Add(text, value);
        return true;
    }

    /// <summary>
    /// Reads one text cell from a span of the file's text (<paramref name="column"/>: 1-based, for
    /// messages), allocating a string only for a text the field's memo has not seen; false with
    /// <paramref name="problem"/> when it cannot be read. Same values and problems as <see cref="TryConvert"/>.
    /// </summary>
    public bool TryConvertText(ReadOnlySpan<char> text, int column, out object? value, out CellProblem problem)
    {
        problem = default;
        if (_memo is not null && _memo.TryGet(text, out value)) return true;
        var cell = new RawCell(text.ToString(), column);
        if (!ConvertCell(cell, out value, out problem)) return false;
        _memo?.Add((string)cell.Value!, value);
        return true;
    }

    private bool ConvertCell(RawCell cell, out object? value, out CellProblem problem)
    {
        value = null;
        problem = default;
        if (cell.NoColumn) return true;
        if (cell.Structure is { } structure)
        {
            problem = Problem(DataCodes.WrongType, $"not {TypeName}",
                $"{structure} is not {TypeDescription} {_where}");
            return false;
        }
        var raw = cell.Value;
        var text = raw is null ? null : MessageText.TextOf(raw);
        if (text is not null && text.Contains(TextEncodings.InvalidMarker))
        {
            problem = Problem(DataCodes.InvalidBytes, "invalid bytes",
                $"{MessageText.Quote(text)} holds bytes that are not valid {_encoding} {_where}; " +
                (_encoding == "UTF-8"
                    ? "save the file as UTF-8, or declare its encoding (e.g. encoding \"gb18030\" for a Chinese Excel export)"
                    : "check the source's encoding"));
            return false;
        }
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || _missing.Contains(trimmed))
            return Empty(cell, trimmed, out problem);

        if (_mapFolded is not null)
        {
            if (!Lookup(text!, trimmed, out var mapped))
            {
                var known = string.Join(", ", Field.Map!.Keys.Select(MessageText.Quote));
                problem = Problem(DataCodes.UnmappedAnswer, "unknown answer",
                    $"{MessageText.Quote(text!)} is not one of the answers of field {Field.Name} (column \"{Field.Column}\"); the answers are: {known}");
                return false;
            }
            if (mapped is null) return Empty(cell, trimmed, out problem);
            return FromMapped(mapped, out value, out problem) && InRange(value, trimmed, mapped: true, out problem);
        }

        var read = raw is not string ? FromTyped(raw!, trimmed, out value, out problem) : Parse(trimmed, out value, out problem);
        return read && InRange(value, trimmed, mapped: false, out problem);
    }

    /// <summary>
    /// Checks a typed value against the field's range (SD011); <paramref name="written"/> is the cell as
    /// written, the answer when <paramref name="mapped"/>.
    /// </summary>
    private bool InRange(object? value, string written, bool mapped, out CellProblem problem)
    {
        problem = default;
        if (value is not decimal number) return true;
        var aboveMin = Field.Minimum is not { } min || number >= min;
        var belowMax = Field.Maximum is not { } max || number <= max;
        if (aboveMin && belowMax) return true;
        var range = $"{MessageText.Number(Field.Minimum)}..{MessageText.Number(Field.Maximum)}";
        var what = mapped ? $"{MessageText.Quote(written)} stands for {MessageText.Number(number)}, which" : written;
        problem = Problem(DataCodes.OutOfRange, $"outside {range}",
            $"{what} is outside the range {range} of field {Field.Name} (column \"{Field.Column}\")");
        return false;
    }

    private bool Empty(RawCell cell, string? marker, out CellProblem problem)
    {
        problem = default;
        if (!Required) return true;
        var what = cell.Absent ? $"the property \"{Field.Column}\" is absent"
            : string.IsNullOrEmpty(marker) ? "the cell is empty"
            : $"{MessageText.Quote(marker)} means \"no value\"";
        var requirement = _isKey ? "every row needs a key" : $"add ? after the type ({Field.Name}: {TypeWord}?) if it may be empty";
        problem = Problem(DataCodes.ValueRequired, "value required",
            $"a value is required {_where}, but {what}; {requirement}");
        return false;
    }

    private bool Lookup(string text, string trimmed, out object? mapped)
    {
        if (Field.Map!.TryGetValue(text, out mapped)) return true;
        if (Field.Map.TryGetValue(trimmed, out mapped)) return true;
        return _mapFolded!.TryGetValue(trimmed, out mapped);
    }

    private bool FromMapped(object mapped, out object? value, out CellProblem problem)
    {
        value = null;
        problem = default;
        switch (Field.Type, mapped)
        {
            case (FieldType.Text, _):
                value = MessageText.TextOf(mapped);
                return true;
            case (FieldType.Int or FieldType.Number, decimal d):
                value = d;
                return true;
            case (FieldType.Bool, bool b):
                value = b;
                return true;
            case (_, string s):
                return Parse(s.Trim(), out value, out problem);
            default:
                problem = Problem(DataCodes.WrongType, $"not {TypeName}",
                    $"the map gives {MessageText.Quote(MessageText.TextOf(mapped))}, which is not {TypeDescription} {_where}");
                return false;
        }
    }

    private bool FromTyped(object raw, string trimmed, out object? value, out CellProblem problem)
    {
        value = null;
        problem = default;
        switch (Field.Type, raw)
        {
            case (FieldType.Text, _):
                value = trimmed;
                return true;
            case (FieldType.Number, double d) when double.IsFinite(d) && Math.Abs(d) < 7.9e27:
                value = (decimal)d;
                return true;
            case (FieldType.Int, double d) when double.IsFinite(d) && Math.Abs(d) < 7.9e27:
                var m = (decimal)d;
                if (m != decimal.Truncate(m)) return Fail(trimmed, out problem, "not a whole number");
                value = m;
                return true;
            case (FieldType.Bool, bool b):
                value = b;
                return true;
            case (FieldType.Bool, double d) when d is 0 or 1:
                value = d == 1;
                return true;
            case (FieldType.Date, DateTime t):
                if (t.TimeOfDay != TimeSpan.Zero)
                {
                    problem = Problem(DataCodes.WrongType, "not a date",
                        $"{MessageText.Quote(trimmed)} is a date and time, but field {Field.Name} (column \"{Field.Column}\") holds dates only");
                    return false;
                }
                value = LocalDate.FromDateTime(t);
                return true;
            case (FieldType.DateTime, DateTime t):
                value = DateTimeFormats.ToInstant(LocalDateTime.FromDateTime(t), _zone);
                return true;
            case (FieldType.Date or FieldType.DateTime, double):
                problem = Problem(DataCodes.WrongType, $"not {TypeName}",
                    $"{MessageText.Quote(trimmed)} is a number, not {TypeDescription} {_where}; format the column as a date in the workbook");
                return false;
            default:
                return Parse(trimmed, out value, out problem);
        }
    }

    private bool Parse(string text, out object? value, out CellProblem problem)
    {
        value = null;
        problem = default;
        switch (Field.Type)
        {
            case FieldType.Text:
                value = text;
                return true;
            case FieldType.Int:
            case FieldType.Number:
                if (!decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var number))
                {
                    // A number written correctly but beyond what a decimal holds (about 7.9 × 10^28) is too large, not wrong.
                    if (double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out _) && text.Any(char.IsAsciiDigit))
                        return Fail(text, out problem, "too large", "; numbers must be smaller than 79,228,162,514,264,337,593,543,950,335");
                    var hint = text.Contains(',') ? "; write numbers without thousands separators and with a dot for decimals" : "";
                    return Fail(text, out problem, Field.Type == FieldType.Int ? "not a whole number" : "not a number", hint);
                }
                if (Field.Type == FieldType.Int && number != decimal.Truncate(number))
                    return Fail(text, out problem, "not a whole number");
                value = number;
                return true;
            case FieldType.Bool:
                if (!BoolWords.TryGetValue(text, out var flag))
                    return Fail(text, out problem, "not true or false", "; accepted: true/false, yes/no, y/n, 1/0, 是/否");
                value = flag;
                return true;
            case FieldType.Date:
                var date = (_datePattern ?? DateTimeFormats.IsoDate).Parse(text);
                if (!date.Success) return FailDate(text, [date], "not a date", out problem);
                value = date.Value;
                return true;
            case FieldType.DateTime:
                if (!TryDateTime(text, out var instant))
                    return FailDate(text, _dateTimePattern is { } p ? [p.Parse(text)] : DateTimeFormats.LocalIso.Select(i => i.Parse(text)), "not a date and time", out problem);
                value = instant;
                return true;
            default:
                return Fail(text, out problem, $"not {TypeName}");
        }
    }

    private bool TryDateTime(string text, out Instant instant)
    {
        instant = default;
        if (_dateTimePattern is not null)
        {
            var custom = _dateTimePattern.Parse(text);
            if (custom.Success) instant = DateTimeFormats.ToInstant(custom.Value, _zone);
            return custom.Success;
        }
        if (DateTimeFormats.TryParseIsoMinutesOrSeconds(text, out var quick))
        {
            instant = DateTimeFormats.ToInstant(quick, _zone);
            return true;
        }
        foreach (var pattern in DateTimeFormats.LocalIso)
        {
            var local = pattern.Parse(text);
            if (!local.Success) continue;
            instant = DateTimeFormats.ToInstant(local.Value, _zone);
            return true;
        }
        foreach (var pattern in DateTimeFormats.OffsetIso)
        {
            var offset = pattern.Parse(text);
            if (!offset.Success) continue;
            instant = offset.Value.ToInstant();
            return true;
        }
        var date = DateTimeFormats.IsoDate.Parse(text);
        if (!date.Success) return false;
        instant = DateTimeFormats.ToInstant(date.Value.AtMidnight(), _zone);
        return true;
    }

    // "29/2/2026" is in the form d/M/yyyy; what is wrong is that the day does not exist.
    private bool FailDate<T>(string text, IEnumerable<ParseResult<T>> results, string what, out CellProblem problem)
    {
        if (DateTimeFormats.MissingDay(results) is not { } day) return Fail(text, out problem, what);
        problem = Problem(DataCodes.WrongType, what, $"{MessageText.Quote(text)} is {what}: {day} does not exist {_where}");
        return false;
    }

    private bool Fail(string text, out CellProblem problem, string what, string hint = "")
    {
        problem = Problem(DataCodes.WrongType, what, $"{MessageText.Quote(text)} is {what}{FormatNote} {_where}{hint}");
        return false;
    }

    private CellProblem Problem(string code, string what, string message) => new(code, $"{Field.Name}: {what}", message);

    private string FormatNote => Field.Type switch
    {
        FieldType.Date => $" in the form {Field.Format ?? "yyyy-MM-dd"}",
        FieldType.DateTime when Field.Format is { } f => $" in the form {f}",
        FieldType.DateTime => " like 2026-03-02 09:00 or 2026-03-02T09:00:00+08:00",
        _ => "",
    };

    private string TypeName => Field.Type switch
    {
        FieldType.Int => "a whole number",
        FieldType.Number => "a number",
        FieldType.Bool => "true or false",
        FieldType.Date => "a date",
        FieldType.DateTime => "a date and time",
        FieldType.Duration => "a duration",
        _ => "text",
    };

    private string TypeDescription => TypeName + FormatNote;

    private string TypeWord => Field.Type switch
    {
        FieldType.Int => "int",
        FieldType.Number => "number",
        FieldType.Bool => "bool",
        FieldType.Date => "date",
        FieldType.DateTime => "datetime",
        FieldType.Duration => "duration",
        _ => "text",
    };
}
