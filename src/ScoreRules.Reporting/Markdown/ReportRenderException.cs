namespace ScoreRules.Reporting.Markdown;

/// <summary>
/// A report could not be rendered because of its content or the machine's fonts (not a bug): a chart block whose
/// body is not a valid chart spec (a chart spec error), a character no installed font has
/// (<see cref="Fonts.MissingGlyphException"/>), or an unusable font file. The message is written for the person
/// running the report and says what to change.
/// </summary>
public class ReportRenderException : Exception
{
    /// <summary>Creates the exception with a message for the person running the report.</summary>
    public ReportRenderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public ReportRenderException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
