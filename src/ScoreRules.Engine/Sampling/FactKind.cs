namespace ScoreRules.Engine.Sampling;

/// <summary>What a data file records, as the generator understands it from its names and columns.</summary>
internal enum FactKind
{
    /// <summary>Who is who: names, roles, teams, managers.</summary>
    People,
    /// <summary>Service-desk tickets.</summary>
    Ticket,
    /// <summary>Post-ticket surveys (CSAT, CES).</summary>
    Survey,
    /// <summary>Assigned training courses.</summary>
    Training,
    /// <summary>Certificates earned.</summary>
    Certificate,
    /// <summary>One row per person at each month's end (e.g. certificates in the last 12 months).</summary>
    Snapshot,
    /// <summary>Knowledge-base articles.</summary>
    Article,
    /// <summary>BARS ratings.</summary>
    Rating,
    /// <summary>Bonus claims.</summary>
    BonusClaim,
    /// <summary>Daily timesheets.</summary>
    Timesheet,
    /// <summary>Anything else: a few rows per person and month, values by field type.</summary>
    Generic,
}
