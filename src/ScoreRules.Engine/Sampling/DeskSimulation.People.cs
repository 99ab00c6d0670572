using System.Globalization;

namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    /// <summary>
    /// The people: managers for the scorecards that appraise a team (about one in ten people), the rest
    /// spread over the other scorecards in their order, about 70 % on the first (the first line). Each
    /// manager leads a team; without managers, teams of about six report to supervisors outside the desk.
    /// The last first-line person is away for the second month, so one person has no tickets that month.
    /// </summary>
    private static void Staff(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.People);
        var cards = context.Plan.Cards;
        var teamCards = cards.Where(c => c.IsTeam).ToList();
        var workerCards = cards.Where(c => !c.IsTeam).ToList();
        var total = context.Options.People;
        var managers = teamCards.Count == 0 || total < 2 ? 0 : Math.Min(total - 1, Math.Max(1, (total + 5) / 10));
        var workers = total - managers;

        var counts = new int[Math.Max(1, workerCards.Count)];
        if (workerCards.Count <= 1) counts[0] = workers;
        else
        {
            var rest = Math.Min(workers - 1, Math.Max(workerCards.Count - 1, (int)Math.Round(workers * 0.3, MidpointRounding.AwayFromZero)));
            counts[0] = workers - rest;
            for (var i = 1; i < counts.Length; i++) counts[i] = rest / (counts.Length - 1) + (i - 1 < rest % (counts.Length - 1) ? 1 : 0);
        }

        var index = 0;
        for (var tier = 0; tier < counts.Length; tier++)
            for (var n = 0; n < counts[tier]; n++)
                context.World.People.Add(NewPerson(context, random, index++, workerCards.Count > 0 ? workerCards[tier] : null, false, tier));
        for (var m = 0; m < managers; m++)
            context.World.People.Add(NewPerson(context, random, index++, teamCards[m % teamCards.Count], true, 0));

        var managerList = context.World.People.Where(p => p.IsManager).ToList();
        var workerList = context.World.People.Where(p => !p.IsManager).ToList();
        var teamCount = managerList.Count > 0 ? managerList.Count : Math.Max(1, (workerList.Count + 5) / 6);
        for (var t = 0; t < managerList.Count; t++)
        {
            managerList[t].Team = TeamName(context, t);
            managerList[t].ManagerId = "D01";
        }
        for (var w = 0; w < workerList.Count; w++)
        {
            var t = w % teamCount;
            workerList[w].Team = TeamName(context, t);
            workerList[w].ManagerId = managerList.Count > 0 ? managerList[t].Id : "S" + (t + 1).ToString("00", CultureInfo.InvariantCulture);
        }

        var firstLine = workerList.Where(p => p.Tier == 0).ToList();
        if (firstLine.Count >= 2)
        {
            var away = firstLine[^1];
            away.LeaveMonth = context.Months[Math.Min(1, context.Months.Count - 1)];
            var missing = new (FactKind Kind, string Words)[]
                {
                    (FactKind.Ticket, "tickets"), (FactKind.Survey, "surveys"), (FactKind.Rating, "ratings"),
                    (FactKind.Article, "knowledge articles"), (FactKind.BonusClaim, "bonus claims"),
                }
                .Where(k => context.Needs(k.Kind)).Select(k => k.Words).ToList();
            var list = missing.Count > 1 ? string.Join(", ", missing.Take(missing.Count - 1)) + " or " + missing[^1] : string.Concat(missing);
            context.World.Notes.Add($"{away.Name} ({away.Id}) is away for all of {Text(away.LeaveMonth.Value)}: no {list} that month" +
                (context.Needs(FactKind.Timesheet) ? ", and no available hours on the timesheet." : "."));
        }
    }

    private static SamplePerson NewPerson(SampleContext context, SampleRandom random, int index, CardPlan? card, bool manager, int tier)
    {
        var names = context.Texts.Names;
        var name = names[index % names.Length];
        var round = index / names.Length;
        string id;
        if (context.Texts.IdsFromNames)
        {
            id = new string(name.Split(' ')[0].ToLowerInvariant().Where(char.IsLetter).ToArray());
            if (round > 0) id += (round + 1).ToString(CultureInfo.InvariantCulture);
        }
        else id = "A" + (1001 + index).ToString(CultureInfo.InvariantCulture);
        if (round > 0) name += " " + (round + 1).ToString(CultureInfo.InvariantCulture);
        return new SamplePerson
        {
            Id = id,
            Name = name,
            Card = card,
            IsManager = manager,
            Tier = tier,
            Skill = Math.Clamp(random.Normal() * 0.45, -1.0, 1.0),
        };
    }

    private static string TeamName(SampleContext context, int team)
    {
        var teams = context.Texts.Teams;
        var round = team / teams.Length;
        return round == 0 ? teams[team] : teams[team % teams.Length] + " " + (round + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A month as written in notes: 2026-02.</summary>
    internal static string Text(NodaTime.YearMonth month) =>
        month.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("00", CultureInfo.InvariantCulture);
}
