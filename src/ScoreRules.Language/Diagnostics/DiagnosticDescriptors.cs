namespace ScoreRules.Language.Diagnostics;

using static DiagnosticSeverity;

/// <summary>
/// The catalog of every diagnostic the language reports. Codes are stable: SR1xxx come from reading
/// and parsing a file, SR2xxx from checking what it means. docs/diagnostics.md lists each with a
/// wrong and a right example.
/// </summary>
public static class DiagnosticDescriptors
{
    // ---- SR1xxx: reading and parsing ----

    /// <summary>A character that cannot start any token, e.g. <c>$</c>.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("SR1001", Error, "Unexpected character", "unexpected character `{0}`");

    /// <summary>A string literal without its closing quote on the same line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("SR1002", Error, "Unterminated text", "this text has no closing quote `\"` before the end of the line");

    /// <summary>The parser expected one thing and found another.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new("SR1003", Error, "Syntax error", "expected {0}, found {1}");

    /// <summary>A top-level word that starts no declaration.</summary>
    public static readonly DiagnosticDescriptor UnknownDeclaration = new("SR1004", Error, "Unknown declaration", "`{0}` does not start a declaration; expected policy, import, calendar, source, metric, scale, rated, bonus, scorecard, improve, alert or test");

    /// <summary>A date, time, period or number that is malformed, e.g. <c>2026-02-30</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidLiteral = new("SR1005", Error, "Invalid literal", "`{0}` is not a valid {1}");

    /// <summary>A rule file that is not valid UTF-8 or cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableFile = new("SR1006", Error, "Unreadable file", "cannot read this file: {0}");

    /// <summary>
    /// An expression nested too deep (more than 100 brackets) or too long (more than 200 operators)
    /// to check safely; the declaration holding it is skipped.
    /// </summary>
    public static readonly DiagnosticDescriptor ExpressionTooComplex = new("SR1007", Error, "Expression too deep or too long", "this expression is too deep or too long to check: {0}");

    // ---- SR2xxx: checking ----

    /// <summary>A reference to a metric, source, field, scale, calendar, scorecard or bonus that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownName = new("SR2001", Error, "Unknown name", "{0}");

    /// <summary>Two declarations of the same kind with the same name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new("SR2002", Error, "Duplicate name", "{0} `{1}` is already declared{2}");

    /// <summary>A scorecard whose weights do not add up to exactly 100 %.</summary>
    public static readonly DiagnosticDescriptor WeightsNotHundred = new("SR2003", Error, "Weights do not add up to 100 %", "the weights of scorecard `{0}` add up to {1}, not 100 % ({2})");

    /// <summary>Score bands out of order or overlapping.</summary>
    public static readonly DiagnosticDescriptor BandsOverlap = new("SR2004", Error, "Bands overlap", "{0}");

    /// <summary>A score band that no value can reach.</summary>
    public static readonly DiagnosticDescriptor BandUnreachable = new("SR2005", Error, "Unreachable band", "{0}");

    /// <summary>Score bands that leave some values without a score.</summary>
    public static readonly DiagnosticDescriptor BandsGap = new("SR2006", Error, "Bands leave a gap", "{0}");

    /// <summary>A linear score that does not rise toward the target.</summary>
    public static readonly DiagnosticDescriptor LinearNotMonotone = new("SR2007", Error, "Linear score not monotone", "{0}");

    /// <summary>BARS levels that do not run 1, 2, 3, … without gaps.</summary>
    public static readonly DiagnosticDescriptor ScaleNotContiguous = new("SR2008", Error, "Scale levels not contiguous", "{0}");

    /// <summary>Two policy versions in effect on the same day.</summary>
    public static readonly DiagnosticDescriptor EffectiveOverlap = new("SR2009", Error, "Versions overlap", "{0}");

    /// <summary>Days on which no policy version is in effect.</summary>
    public static readonly DiagnosticDescriptor EffectiveGap = new("SR2010", Warning, "Versions leave a gap", "{0}");

    /// <summary>A chain of <c>extends</c> that comes back to where it started.</summary>
    public static readonly DiagnosticDescriptor ExtendsCycle = new("SR2011", Error, "Extends cycle", "{0}");

    /// <summary>A column or field used in an expression but not mapped in its source.</summary>
    public static readonly DiagnosticDescriptor UnmappedColumn = new("SR2012", Error, "Column not mapped", "{0}");

    /// <summary>A value of the wrong type, e.g. a date compared with a number.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new("SR2013", Error, "Type mismatch", "{0}");

    /// <summary>A target in other units than the value, e.g. hours against minutes.</summary>
    public static readonly DiagnosticDescriptor UnitMismatch = new("SR2014", Error, "Unit mismatch", "{0}");

    /// <summary>A metric without a target, period or description (SMART).</summary>
    public static readonly DiagnosticDescriptor NotSmart = new("SR2015", Warning, "Metric is not SMART", "{0}");

    /// <summary>A metric named CSAT that does not say which CSAT it means.</summary>
    public static readonly DiagnosticDescriptor AmbiguousCsat = new("SR2016", Warning, "Ambiguous CSAT", "{0}");

    /// <summary>A holiday on a day the calendar does not work anyway.</summary>
    public static readonly DiagnosticDescriptor HolidayOnNonWorkingDay = new("SR2017", Warning, "Holiday on a non-working day", "{0}");

    /// <summary>An <c>import</c> whose file does not exist.</summary>
    public static readonly DiagnosticDescriptor ImportNotFound = new("SR2018", Error, "Import not found", "cannot find the imported file \"{0}\" (looked for {1})");

    /// <summary>A value outside what a setting allows (period kind, time zone, encoding, …).</summary>
    public static readonly DiagnosticDescriptor InvalidSetting = new("SR2019", Error, "Invalid setting", "{0}");

    /// <summary>A declaration missing a part it needs (a metric without <c>value</c>, …).</summary>
    public static readonly DiagnosticDescriptor MissingPart = new("SR2020", Error, "Missing part", "{0}");

    /// <summary>Rater weights of a rated item that do not add up to 100 %.</summary>
    public static readonly DiagnosticDescriptor RaterWeightsNotHundred = new("SR2021", Error, "Rater weights do not add up to 100 %", "the rater weights of `{0}` add up to {1}, not 100 % ({2})");

    /// <summary>Grades out of order or without an <c>else</c> grade.</summary>
    public static readonly DiagnosticDescriptor InvalidGrades = new("SR2022", Error, "Invalid grades", "{0}");

    /// <summary>A setting given twice in one block.</summary>
    public static readonly DiagnosticDescriptor DuplicateSetting = new("SR2023", Error, "Setting given twice", "`{0}` is given twice in {1}; the first is at {2}");

    /// <summary>
    /// Score bands that mix <c>&lt;</c>/<c>&lt;=</c> with <c>&gt;</c>/<c>&gt;=</c>, or whose points rise
    /// as the value gets worse for the metric's target.
    /// </summary>
    public static readonly DiagnosticDescriptor BandsNotMonotone = new("SR2027", Error, "Score bands not monotone", "{0}");

    /// <summary>An expectation <c>expect PERSON.NAME …</c> whose NAME is no metric, rated item, bonus, dimension or person result.</summary>
    public static readonly DiagnosticDescriptor UnknownResultName = new("SR2028", Warning, "Unknown result name", "{0}");

    /// <summary>A field's <c>expect [ … ]</c> on a field that is not text, with no value in it, or holding a blank or space-padded value no cell can match.</summary>
    public static readonly DiagnosticDescriptor InvalidExpectedValues = new("SR2029", Error, "Invalid expected values", "{0}");

    /// <summary>A value given twice in one field's <c>expect [ … ]</c>; args: the value, the field, where the first is.</summary>
    public static readonly DiagnosticDescriptor ExpectedValueTwice = new("SR2030", Warning, "Expected value listed twice", "\"{0}\" is listed twice in the expected values of field `{1}`; the first is at {2}");

    /// <summary>A field's <c>in MIN .. MAX</c> on a field that is not a number, running backwards, or leaving out a value its map gives.</summary>
    public static readonly DiagnosticDescriptor InvalidFieldRange = new("SR2025", Error, "Invalid field range", "{0}");
    /// <summary>A C# formula that uses an API outside the allow-list (files, network, processes, reflection, threads, the clock, unsafe code, …).</summary>
    public static readonly DiagnosticDescriptor CSharpForbiddenApi = new("SR2024", Error, "C# formula uses a forbidden API", "{0}");

    /// <summary>A C# formula that is not valid C# or does not compile (unknown field, wrong type, missing <c>return</c>).</summary>
    public static readonly DiagnosticDescriptor CSharpDoesNotCompile = new("SR2026", Error, "C# formula does not compile", "{0}");

    /// <summary>
    /// The codes reported by the engine's C# formula checker (it compiles the formulas, so it lives beside
    /// the compiler in the engine), not by <c>PolicyChecker</c>: SR2024 and SR2026.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> CSharpFormulaCodes { get; } = [CSharpForbiddenApi, CSharpDoesNotCompile];

    /// <summary>All descriptors, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
