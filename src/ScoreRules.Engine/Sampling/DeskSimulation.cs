namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Simulates a service desk over the sample window: people, then each kind of record the policy's files
/// need, each kind on its own random stream. The distributions are meant to look like a real desk,
/// not to be one: tickets arrive mostly in business hours, response and resolution times are
/// log-normal, most tickets need one contact, CSAT leans high and CES low, and a person's skill moves all
/// of these a little.
/// </summary>
internal static partial class DeskSimulation
{
    /// <summary>Fills <paramref name="context"/>'s world.</summary>
    public static void Run(SampleContext context)
    {
        Staff(context);
        if (context.Needs(FactKind.Ticket) || context.Needs(FactKind.Survey)) Tickets(context);
        if (context.Needs(FactKind.Survey)) Surveys(context);
        if (context.Needs(FactKind.Training)) Training(context);
        if (context.Needs(FactKind.Certificate) || context.Needs(FactKind.Snapshot)) Certificates(context);
        if (context.Needs(FactKind.Snapshot)) Snapshots(context);
        if (context.Needs(FactKind.Article)) Articles(context);
        if (context.Needs(FactKind.Rating)) Ratings(context);
        if (context.Needs(FactKind.BonusClaim)) BonusClaims(context);
        if (context.Needs(FactKind.Timesheet)) Timesheets(context);
        Generic(context);
    }
}
