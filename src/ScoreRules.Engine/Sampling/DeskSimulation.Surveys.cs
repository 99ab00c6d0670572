using NodaTime;

namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    // CSAT 1..5 leans high (mean about 4.3 before skill and trouble); CES 1..7 leans low (mean about 2.6).
    private static readonly double[] CsatWeights = [2, 4, 10, 34, 50];
    private static readonly double[] CesWeights = [28, 30, 18, 11, 7, 4, 2];

    /// <summary>
    /// Surveys: about a third of resolved tickets get one, a few hours after resolution. About 12 % skip
    /// the CSAT question and 15 % the CES question. A ticket that needed more than one contact, a
    /// transfer or a reopening is rated lower and harder; a skilled person a little higher and easier.
    /// </summary>
    private static void Surveys(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Surveys);
        var surveys = context.World.Of(FactKind.Survey);
        foreach (var ticket in context.World.Of(FactKind.Ticket))
        {
            if (ticket[Attr.Resolved] is not Instant resolved || !random.Chance(0.35)) continue;
            var delay = (int)Math.Clamp(Math.Round(random.LogNormal(150, 1.0)), 5, 7 * 24 * 60);
            var submitted = resolved + Duration.FromMinutes(delay);
            var owner = ticket.Owner!;
            // No survey is sent in the month the agent is away, so that month shows no activity of theirs at all.
            if (submitted >= context.WindowEndInstant || context.MonthOf(submitted) == owner.LeaveMonth) continue;
            // An escalated ticket is transferred once by design; customers notice further transfers.
            var expectedTransfers = ticket[Attr.Escalated] is true ? 1 : 0;
            var trouble = (int)ticket[Attr.Contacts]! > 1 || (int)ticket[Attr.Reassignments]! > expectedTransfers || (int)ticket[Attr.Reopens]! > 0;

            int? csat = null;
            if (!random.Chance(0.12))
            {
                var level = 1 + random.PickWeighted(CsatWeights);
                if (random.Chance(Math.Abs(owner.Skill) * 0.35)) level += Math.Sign(owner.Skill);
                if (trouble && random.Chance(0.55)) level--;
                csat = Math.Clamp(level, 1, 5);
            }
            int? ces = null;
            if (!random.Chance(0.15))
            {
                var level = 1 + random.PickWeighted(CesWeights);
                if (random.Chance(Math.Abs(owner.Skill) * 0.3)) level -= Math.Sign(owner.Skill);
                if (trouble && random.Chance(0.6)) level++;
                ces = Math.Clamp(level, 1, 7);
            }
            string? comment = csat switch
            {
                >= 4 when random.Chance(0.3) => random.Pick(context.Texts.GoodComments),
                <= 2 when random.Chance(0.6) => random.Pick(context.Texts.PoorComments),
                _ => null,
            };

            var survey = new SampleRecord(FactKind.Survey, owner);
            survey[Attr.Submitted] = submitted;
            survey[Attr.Ticket] = ticket;
            survey[Attr.Csat] = csat;
            survey[Attr.Ces] = ces;
            survey[Attr.Comment] = comment;
            surveys.Add(survey);
        }
    }
}
