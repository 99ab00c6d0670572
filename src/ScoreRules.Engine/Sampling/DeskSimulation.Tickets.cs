using NodaTime;

namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    private const int SlotMinutes = 30;

    /// <summary>
    /// Tickets: each month the desk receives <see cref="SampleOptions.TicketsPerMonth"/> tickets, arriving
    /// mostly in business hours (weight 100 per half hour), less just before and after (12), little at
    /// night (1.5), and some on weekends and holidays (7 by day, 1 at night). First-line people get most
    /// tickets; a higher tier mostly gets escalated ones. Response and resolution take log-normal
    /// business minutes; whatever would happen after the window has not happened yet (left empty).
    /// </summary>
    private static void Tickets(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Tickets);
        var tickets = context.World.Of(FactKind.Ticket);
        foreach (var month in context.Months)
        {
            var workers = context.World.Workers(month);
            if (workers.Count == 0 || context.Options.TicketsPerMonth == 0) continue;
            var slots = ArrivalSlots(context, month);
            var weights = slots.Select(s => s.Weight).ToList();
            var load = workers.Select(w => w.Tier == 0 ? 1.0 : 0.45).ToList();
            for (var n = 0; n < context.Options.TicketsPerMonth; n++)
            {
                var slot = slots[random.PickWeighted(weights)];
                var local = slot.Start.PlusMinutes(random.Next(SlotMinutes));
                var created = context.Plan.Calendar.ToInstant(local);
                var owner = workers[random.PickWeighted(load)];
                tickets.Add(NewTicket(context, random, owner, created));
            }
        }
    }

    /// <summary>A ticket of <paramref name="owner"/> created at <paramref name="created"/>, with drawn outcomes.</summary>
    internal static SampleRecord NewTicket(SampleContext context, SampleRandom random, SamplePerson owner, Instant created,
        int? responseMinutes = null, int? resolutionMinutes = null)
    {
        var skill = owner.Skill;
        var escalated = random.Chance(owner.Tier == 0 ? 0.06 : 0.85);
        var frt = responseMinutes ?? (int)Math.Clamp(Math.Round(random.LogNormal((owner.Tier == 0 ? 11 : 18) * DeterministicMath.Exp(-0.35 * skill), 0.85)), 1, 480);
        var median = (owner.Tier == 0 ? 150 : 420) * DeterministicMath.Exp(-0.3 * skill) * (escalated && owner.Tier == 0 ? 2.5 : 1.0);
        var resolution = resolutionMinutes ?? (int)Math.Clamp(Math.Round(random.LogNormal(median, 1.0)), frt + 5, 20_000);
        var neverAnswered = random.Chance(0.02);
        var stillOpen = random.Chance(0.03);
        var calendar = context.Plan.Calendar;
        var responded = neverAnswered ? null : BusinessTime.AddWorkMinutes(calendar, created, frt);
        var resolved = stillOpen ? null : BusinessTime.AddWorkMinutes(calendar, created, resolution);
        responded = AfterLeave(context, owner, responded);
        resolved = AfterLeave(context, owner, resolved);
        if (responded is { } r && resolved < r) resolved = r + Duration.FromMinutes(5);
        if (responded >= context.WindowEndInstant) responded = null;
        if (resolved >= context.WindowEndInstant) resolved = null;

        var contacts = random.Chance(0.88 + 0.07 * skill) ? 1 : 2 + random.PickWeighted([70, 22, 8]);
        var reassignments = escalated
            ? (random.Chance(0.8) ? 1 : 2)
            : (random.Chance(0.95 + 0.03 * skill) ? 0 : (random.Chance(0.85) ? 1 : 2));
        var reopens = resolved is null || random.Chance(0.96 + 0.02 * skill) ? 0 : (random.Chance(0.85) ? 1 : 2);
        var priority = 1 + random.PickWeighted([2, 13, 60, 25]);
        var slaMinutes = priority switch { 1 => 240, 2 => 480, 3 => 1440, _ => 2400 };
        var noSla = random.Chance(0.05);
        bool? madeSla = resolved is null || noSla ? null : resolution <= slaMinutes && frt <= 60;
        var category = random.Pick(context.Texts.Categories);

        var ticket = new SampleRecord(FactKind.Ticket, owner);
        ticket[Attr.Created] = created;
        ticket[Attr.Responded] = responded;
        ticket[Attr.Resolved] = resolved;
        ticket[Attr.Contacts] = contacts;
        ticket[Attr.Reassignments] = reassignments;
        ticket[Attr.Reopens] = reopens;
        ticket[Attr.Escalated] = escalated;
        ticket[Attr.MadeSla] = madeSla;
        ticket[Attr.Priority] = "P" + priority;
        ticket[Attr.Category] = category;
        ticket[Attr.Summary] = category;
        ticket[Attr.Channel] = random.Pick(context.Texts.Channels);
        return ticket;
    }

    /// <summary>
    /// Work that would fall in the month the owner is away waits for their return: it moves to the first
    /// working hour after that month (keeping its minute past the hour).
    /// </summary>
    private static Instant? AfterLeave(SampleContext context, SamplePerson owner, Instant? when)
    {
        if (when is not { } moment || owner.LeaveMonth is not { } away || context.MonthOf(moment) != away) return when;
        var back = context.Plan.Zone.AtStartOfDay(away.OnDayOfMonth(1).PlusMonths(1)).ToInstant();
        var minute = moment.InZone(context.Plan.Zone).Minute;
        return context.Plan.Calendar.NextWorkingInstant(back) is { } start ? start + Duration.FromMinutes(minute) : null;
    }

    private readonly record struct Slot(LocalDateTime Start, double Weight);

    private static List<Slot> ArrivalSlots(SampleContext context, YearMonth month)
    {
        var calendar = context.Plan.Calendar;
        var slots = new List<Slot>();
        foreach (var day in SampleContext.Days(month))
        {
            var working = calendar.IsWorkingDay(day);
            var ranges = calendar.Hours.On(day.DayOfWeek);
            for (var minute = 0; minute < 24 * 60; minute += SlotMinutes)
            {
                var time = LocalTime.Midnight.PlusMinutes(minute);
                var local = day.At(time);
                // A local time skipped when the clocks go forward does not happen: no ticket is created then.
                if (calendar.Zone.MapLocal(local).Count == 0) continue;
                double weight;
                if (!working) weight = time >= new LocalTime(9, 0) && time < new LocalTime(18, 0) ? 7 : 1;
                else if (ranges.Any(r => time >= r.Start && (r.EndsAtMidnight || time < r.End))) weight = 100;
                else if (ranges.Count > 0 && (time >= ranges[0].Start.PlusHours(-2) && time < ranges[0].Start
                    || !ranges[^1].EndsAtMidnight && time >= ranges[^1].End && time < ranges[^1].End.PlusHours(2)))
                    weight = 12;
                else weight = 1.5;
                slots.Add(new Slot(local, weight));
            }
        }
        return slots;
    }
}
