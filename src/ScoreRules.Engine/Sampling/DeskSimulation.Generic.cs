namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    /// <summary>
    /// Files of no known kind: two rows per person who works tickets and month, at moments in business
    /// hours; their other columns are filled by field type when written.
    /// </summary>
    private static void Generic(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Generic);
        foreach (var file in context.Plan.Files.Where(f => f.Kind == FactKind.Generic))
        {
            var records = new List<SampleRecord>();
            foreach (var month in context.Months)
                foreach (var person in context.World.Workers(month))
                    for (var n = 0; n < 2; n++)
                    {
                        var record = new SampleRecord(FactKind.Generic, person);
                        record[Attr.At] = context.WorkingMoment(random, month);
                        records.Add(record);
                    }
            context.World.GenericRecords[file.Path] = records;
        }
    }
}
