using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ScoreRules.Engine.Sampling;

/// <summary>
/// Cases every sample holds, added after the simulation so they are there whatever the seed: tickets on
/// every holiday, tickets across each daylight-saving change, surveys without a CSAT answer in every
/// month, a rater disagreement beyond each rated item's flag, and approved claims over each bonus's cap.
/// (The person away for a month, so without tickets, is planned with the people.) Each case is
/// described in <see cref="SampleWorld.Notes"/>.
/// </summary>
internal static class EdgeCases
{
    private static readonly LocalDateTimePattern Moment = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");
    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>Adds the cases to <paramref name="context"/>'s world.</summary>
    public static void Inject(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.EdgeCases);
        if (context.Needs(FactKind.Ticket))
        {
            HolidayTickets(context, random);
            ClockChangeTickets(context, random);
        }
        if (context.Needs(FactKind.Survey)) MissingCsat(context);
        if (context.Needs(FactKind.Rating)) Disagreements(context, random);
        if (context.Needs(FactKind.BonusClaim)) OverCap(context, random);
    }

    private static List<SamplePerson> FirstLine(SampleContext context, YearMonth month)
    {
        var workers = context.World.Workers(month);
        var first = workers.Where(p => p.Tier == 0).ToList();
        return first.Count > 0 ? first : workers.ToList();
    }

    private static void HolidayTickets(SampleContext context, SampleRandom random)
    {
        var calendar = context.Plan.Calendar;
        var holidays = calendar.Holidays.Where(d => d >= context.WindowStart && d < context.WindowEnd).ToList();
        if (holidays.Count == 0) return;
        var tickets = context.World.Of(FactKind.Ticket);
        var added = 0;
        foreach (var day in holidays)
        {
            if (tickets.Any(t => context.DateOf((Instant)t[Attr.Created]!) == day)) continue;
            var people = FirstLine(context, day.ToYearMonth());
            if (people.Count == 0) continue;
            var created = calendar.ToInstant(day.At(new LocalTime(10, 0).PlusMinutes(random.Next(120))));
            tickets.Add(DeskSimulation.NewTicket(context, random, random.Pick(people), created));
            added++;
        }
        var ranges = Ranges(holidays).Select(r => r.From == r.To ? Day.Format(r.From) : $"{Day.Format(r.From)} .. {Day.Format(r.To)}");
        context.World.Notes.Add($"Tickets are created on every holiday of the business calendar ({string.Join(", ", ranges)}); " +
            $"{added} were added where the simulation gave none. Their business time starts on the next working day.");
    }

    private static void ClockChangeTickets(SampleContext context, SampleRandom random)
    {
        var zone = context.Plan.Calendar.Zone;
        var start = zone.AtStartOfDay(context.WindowStart).ToInstant();
        var changes = zone.GetZoneIntervals(start, context.WindowEndInstant).Skip(1).Select(i => i.Start).ToList();
        var tickets = context.World.Of(FactKind.Ticket);
        foreach (var change in changes)
        {
            var changeDay = change.InZone(zone).Date;
            var people = FirstLine(context, changeDay.ToYearMonth());
            if (people.Count == 0) continue;
            var owner = people[random.Next(people.Count)];
            var day = changeDay.PlusDays(-1);
            while (!context.Plan.Calendar.IsWorkingDay(day) && day > changeDay.PlusDays(-10)) day = day.PlusDays(-1);
            var last = context.Plan.Calendar.Hours.On(day.DayOfWeek);
            var end = last.Count > 0 && !last[^1].EndsAtMidnight ? last[^1].End : new LocalTime(18, 0);
            var lateCreated = context.Plan.Calendar.ToInstant(day.At(end.PlusMinutes(-40)));
            var late = DeskSimulation.NewTicket(context, random, owner, lateCreated, responseMinutes: 15, resolutionMinutes: 120);
            var night = DeskSimulation.NewTicket(context, random, owner, change - Duration.FromMinutes(50), responseMinutes: 20, resolutionMinutes: 90);
            foreach (var t in new[] { late, night })
            {
                if (t[Attr.Responded] is null || t[Attr.Resolved] is null) continue;
                t[Attr.Contacts] = 1;
                tickets.Add(t);
            }
            var offsetBefore = zone.GetUtcOffset(change - Duration.FromMinutes(1));
            var offsetAfter = zone.GetUtcOffset(change);
            var localChange = change.WithOffset(offsetBefore).LocalDateTime;
            context.World.Notes.Add($"The clocks change on {Day.Format(changeDay)} in {zone.Id} ({Moment.Format(localChange)} becomes " +
                $"{Moment.Format(change.WithOffset(offsetAfter).LocalDateTime)}): two tickets of {owner.Name} ({owner.Id}) span the change, " +
                $"one created {Moment.Format(lateCreated.InZone(context.Plan.Zone).LocalDateTime)} and resolved after it, one created " +
                $"{Moment.Format((change - Duration.FromMinutes(50)).InZone(context.Plan.Zone).LocalDateTime)}, just before it.");
        }
    }

    private static void MissingCsat(SampleContext context)
    {
        var surveys = context.World.Of(FactKind.Survey);
        foreach (var month in context.Months)
        {
            var inMonth = surveys.Where(s => context.MonthOf((Instant)s[Attr.Submitted]!) == month).ToList();
            if (inMonth.Count > 0 && inMonth.All(s => s[Attr.Csat] is not null)) inMonth[0][Attr.Csat] = null;
        }
        var missing = surveys.Count(s => s[Attr.Csat] is null);
        context.World.Notes.Add($"{missing.ToString(CultureInfo.InvariantCulture)} of {surveys.Count.ToString(CultureInfo.InvariantCulture)} surveys " +
            "have no CSAT answer (the customer skipped the question), at least one every month; they are left out of CSAT, never counted as 0.");
    }

    private static void Disagreements(SampleContext context, SampleRandom random)
    {
        var ratings = context.World.Of(FactKind.Rating);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var month in context.Months)
        {
            var version = context.Plan.VersionFor(month);
            foreach (var item in version.RatedItems.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                if (item.Disagreement is not { } limit || done.Contains(item.Id)) continue;
                if (!version.Scales.TryGetValue(item.Scale, out var scale) || scale.Levels.Count == 0) continue;
                var person = FirstLine(context, month).FirstOrDefault();
                var rows = ratings.Where(r => r.Owner == person && (string?)r[Attr.Item] == item.Id
                    && ((LocalDate)r[Attr.Rated]!).ToYearMonth() == month).ToList();
                if (person is null || rows.Count < 2) continue;
                var (lowest, highest) = (scale.Levels.Min(l => l.Level), scale.Levels.Max(l => l.Level));
                var gap = (int)Math.Floor(limit) + 1;
                if (highest - lowest < gap) continue;
                var high = Math.Min(highest, lowest + gap + 1);
                DeskSimulation.SetLevel(context, random, rows[0], high, lowest, highest);
                DeskSimulation.SetLevel(context, random, rows[1], high - gap, lowest, highest);
                foreach (var other in rows.Skip(2)) DeskSimulation.SetLevel(context, random, other, high - 1, lowest, highest);
                done.Add(item.Id);
                context.World.Notes.Add($"Rater disagreement: in {DeskSimulation.Text(month)} {person.Name} ({person.Id}) is rated " +
                    $"{high} by the {rows[0][Attr.RaterRole]} and {high - gap} by the {rows[1][Attr.RaterRole]} on {item.Title}, " +
                    $"{gap} levels apart, more than the {limit.ToString(CultureInfo.InvariantCulture)} that flags a disagreement.");
            }
        }
    }

    private static void OverCap(SampleContext context, SampleRandom random)
    {
        var claims = context.World.Of(FactKind.BonusClaim);
        var done = new HashSet<(string Version, string Bonus)>();
        var used = 1; // the first person already shows the rater disagreement
        foreach (var month in context.Months)
        {
            var version = context.Plan.VersionFor(month);
            foreach (var rule in DeskSimulation.BonusRules(context, month))
            {
                if (!done.Add((version.Version, rule.Bonus.Id))) continue;
                var people = context.World.Workers(month).Where(p => context.Plan.Adds(p, month, rule.Bonus.Id)).ToList();
                if (people.Count == 0) continue;
                var person = people[used++ % people.Count];
                claims.RemoveAll(c => c.Owner == person && (string?)c[Attr.Item] == rule.Bonus.Id
                    && ((LocalDate)c[Attr.Decided]!).ToYearMonth() == month);
                var total = rule.Bonus.Max + 2;
                var first = Math.Ceiling(total / 2);
                claims.Add(DeskSimulation.NewClaim(context, random, person, month, rule, first, approved: true));
                claims.Add(DeskSimulation.NewClaim(context, random, person, month, rule, total - first, approved: true));
                context.World.Notes.Add($"Bonus over its cap: in {DeskSimulation.Text(month)} {person.Name} ({person.Id}) has two approved " +
                    $"{rule.Bonus.Title} claims worth {Number(first)} + {Number(total - first)} = {Number(total)} points; the cap of version " +
                    $"{version.Version} is {Number(rule.Bonus.Max)}, so the bonus counts {Number(rule.Bonus.Max)}.");
            }
        }
    }

    private static string Number(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static IEnumerable<(LocalDate From, LocalDate To)> Ranges(IReadOnlyList<LocalDate> days)
    {
        var i = 0;
        while (i < days.Count)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j].PlusDays(1)) j++;
            yield return (days[i], days[j]);
            i = j + 1;
        }
    }
}
