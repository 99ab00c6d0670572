namespace ScoreRules.Language.Checking.Binding;

/// <summary>The type of an expression as the checker infers it.</summary>
internal enum ScoreType
{
    /// <summary>Not known (an error was already reported, or the name is opaque): checks are skipped.</summary>
    Unknown,
    /// <summary><c>none</c>, the empty value.</summary>
    None,
    /// <summary>text</summary>
    Text,
    /// <summary>int: a whole number.</summary>
    Int,
    /// <summary>number: any decimal number.</summary>
    Number,
    /// <summary>bool: true or false.</summary>
    Bool,
    /// <summary>date: a calendar day.</summary>
    Date,
    /// <summary>datetime: a day and a time of day.</summary>
    DateTime,
    /// <summary>A duration literal such as <c>30 minutes</c>.</summary>
    Duration,
}

/// <summary>Words for <see cref="ScoreType"/> in messages.</summary>
internal static class ScoreTypeWords
{
    /// <summary>True for int, number and durations.</summary>
    public static bool IsNumeric(this ScoreType t) => t is ScoreType.Int or ScoreType.Number or ScoreType.Duration;

    /// <summary>True for date and datetime.</summary>
    public static bool IsTime(this ScoreType t) => t is ScoreType.Date or ScoreType.DateTime;

    /// <summary>"a number", "true/false (bool)", "a date and time (datetime)" …</summary>
    public static string Describe(this ScoreType t) => t switch
    {
        ScoreType.None => "`none`",
        ScoreType.Text => "text",
        ScoreType.Int => "a whole number (int)",
        ScoreType.Number => "a number",
        ScoreType.Bool => "true/false (bool)",
        ScoreType.Date => "a date",
        ScoreType.DateTime => "a date and time (datetime)",
        ScoreType.Duration => "a duration",
        _ => "a value",
    };

    /// <summary>The type named in a source field, e.g. <c>datetime</c>.</summary>
    public static ScoreType FromFieldType(string name) => name switch
    {
        "text" => ScoreType.Text,
        "int" => ScoreType.Int,
        "number" => ScoreType.Number,
        "bool" => ScoreType.Bool,
        "date" => ScoreType.Date,
        "datetime" => ScoreType.DateTime,
        _ => ScoreType.Unknown,
    };
}
