namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    private static readonly double[] ArticleCounts = [25, 35, 25, 10, 5];

    /// <summary>
    /// Knowledge articles: each person who works tickets publishes 0–4 a month (1 or 2 is usual; skilled
    /// people a little more), about 60 % new and 40 % improved; about 8 % are still drafts.
    /// </summary>
    private static void Articles(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Articles);
        var records = context.World.Of(FactKind.Article);
        foreach (var month in context.Months)
        {
            foreach (var person in context.World.Workers(month))
            {
                var count = random.PickWeighted(ArticleCounts) + (random.Chance(Math.Max(0, person.Skill) * 0.4) ? 1 : 0);
                for (var n = 0; n < count; n++)
                {
                    var record = new SampleRecord(FactKind.Article, person);
                    record[Attr.Title] = random.Pick(context.Texts.ArticleTitles);
                    record[Attr.ChangeKind] = context.Texts.ArticleChanges[random.Chance(0.6) ? 0 : 1];
                    var published = context.WorkingMoment(random, month);
                    record[Attr.Published] = random.Chance(0.08) ? null : published;
                    records.Add(record);
                }
            }
        }
    }
}
