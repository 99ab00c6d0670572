namespace ScoreRules.Engine.Data;

/// <summary>
/// The stable codes of <see cref="DataDiagnostic"/>s. docs/data.md shows an example message for each.
/// Codes SD001, SD003, SD004, SD006, SD007, SD009 and SD011 concern one row: with <c>on error skip</c> they are
/// warnings and the row is left out (counted by reason); with <c>on error fail</c> they are errors. SD101 to SD106 are always warnings. The
/// others concern the whole file or the source's settings and are always errors.
/// </summary>
public static class DataCodes
{
    /// <summary>A value that is not of its field's type, e.g. <c>"abc"</c> in a number field.</summary>
    public const string WrongType = "SD001";

    /// <summary>A column the source maps that the file's header does not have.</summary>
    public const string MissingColumn = "SD002";

    /// <summary>An answer that a field's <c>map</c> does not list.</summary>
    public const string UnmappedAnswer = "SD003";

    /// <summary>An empty value (or a missing marker) in a field without <c>?</c>, or in the key.</summary>
    public const string ValueRequired = "SD004";

    /// <summary>The data file does not exist in the data folder.</summary>
    public const string FileNotFound = "SD005";

    /// <summary>Bytes that are not valid in the source's encoding (UTF-8 unless stated).</summary>
    public const string InvalidBytes = "SD006";

    /// <summary>A key that appears twice in a source without a <c>keep</c> rule.</summary>
    public const string DuplicateKey = "SD007";

    /// <summary>A file that cannot be read at all: not JSON, not a workbook, no such sheet, a quote never closed.</summary>
    public const string UnreadableFile = "SD008";

    /// <summary>A row that does not fit the file's shape: wrong number of cells, a JSON line that is not an object.</summary>
    public const string MalformedRow = "SD009";

    /// <summary>Settings of the source that reading cannot apply: unknown encoding, bad delimiter or date format, keep by an unknown field.</summary>
    public const string UnusableSetting = "SD010";

    /// <summary>A number outside its field's range (<c>in 1 .. 5</c>), e.g. 7 in a CSAT field; for a mapped field, the mapped value.</summary>
    public const string OutOfRange = "SD011";

    /// <summary>Warning found while evaluating: an end time before its start time, so the business time counts as 0.</summary>
    public const string EndBeforeStart = "SD101";

    /// <summary>Warning: rows of a source that belong to people the people list does not have; nobody's results use them.</summary>
    public const string PersonNotListed = "SD102";

    /// <summary>Warning: a person listed in more than one row of the people list (a source without a key); the last row is used.</summary>
    public const string PersonListedTwice = "SD103";

    /// <summary>
    /// Warning, once per source with a <c>keep</c> rule: rows that sort before an earlier row of the same key by the
    /// <c>keep … by</c> fields (an event log whose lines are not in the order of its change counts); counted, the
    /// first few named. The kept rows are still chosen by value.
    /// </summary>
    public const string RowsOutOfOrder = "SD104";

    /// <summary>
    /// Warning, once per field with <c>expect [ … ]</c>: rows whose value the list does not hold, counted by value
    /// with the first rows named. The rows are still used.
    /// </summary>
    public const string UnexpectedValue = "SD105";

    /// <summary>Warning: a delimited file with a header row but no data rows (an export filtered to nothing); its table is empty.</summary>
    public const string NoDataRows = "SD106";
}
