namespace ScoreRules.Engine.Sampling;

/// <summary>
/// The independent random streams of a sample, one per kind of record, so that adding a column or a
/// record kind to a policy does not change the values drawn for the others.
/// </summary>
internal enum SampleStream : ulong
{
    /// <summary>People: names, skills, teams.</summary>
    People = 1,
    /// <summary>Ticket arrivals, times and outcomes.</summary>
    Tickets = 2,
    /// <summary>Survey answers.</summary>
    Surveys = 3,
    /// <summary>Training assignments.</summary>
    Training = 4,
    /// <summary>Certificates.</summary>
    Certificates = 5,
    /// <summary>Knowledge articles.</summary>
    Articles = 6,
    /// <summary>BARS ratings.</summary>
    Ratings = 7,
    /// <summary>Bonus claims.</summary>
    Bonus = 8,
    /// <summary>Timesheets.</summary>
    Timesheets = 9,
    /// <summary>Sources the generator does not recognise, filled by field type.</summary>
    Generic = 10,
    /// <summary>Values written into columns (optional gaps, fallbacks).</summary>
    Cells = 11,
    /// <summary>Edge cases added after generation.</summary>
    EdgeCases = 12,
}
