using NodaTime;

namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    /// <summary>
    /// Training: everyone has one or two courses due each month (assigned three weeks before). Most are
    /// done on time; some late (left empty when "late" is after the window), some not at all.
    /// </summary>
    private static void Training(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Training);
        var records = context.World.Of(FactKind.Training);
        foreach (var month in context.Months)
        {
            foreach (var person in context.World.People)
            {
                var courses = context.Texts.Courses.ToList();
                var count = random.Chance(0.35) ? 2 : 1;
                for (var n = 0; n < count; n++)
                {
                    var course = courses[random.Next(courses.Count)];
                    courses.Remove(course);
                    var due = context.WorkingDay(random, month, fromDay: 5);
                    var assigned = due.PlusDays(-21);
                    LocalDate? completed = null;
                    var onTime = person.LeaveMonth == month ? 0.3 : 0.86 + 0.06 * person.Skill;
                    if (random.Chance(onTime))
                    {
                        var early = due.PlusDays(-random.Between(0, 12));
                        completed = early < assigned ? assigned : early;
                    }
                    else if (random.Chance(0.4))
                    {
                        var late = due.PlusDays(random.Between(1, 10));
                        completed = late < context.WindowEnd ? late : null;
                    }
                    var record = new SampleRecord(FactKind.Training, person);
                    record[Attr.Course] = course;
                    record[Attr.Assigned] = assigned;
                    record[Attr.Due] = due;
                    record[Attr.Completed] = completed;
                    records.Add(record);
                }
            }
        }
    }

    /// <summary>
    /// Certificates: each month a person earns one with a chance of about 9 %, more when skilled. The
    /// twelve months before the window are simulated too, for rolling counts, but only certificates
    /// earned inside the window are written.
    /// </summary>
    private static void Certificates(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Certificates);
        var records = context.World.Of(FactKind.Certificate);
        var history = context.World.CertificateHistory;
        var first = context.Options.Start.OnDayOfMonth(1).PlusMonths(-12);
        for (var day = first; day < context.WindowEnd; day = day.PlusMonths(1))
        {
            var month = day.ToYearMonth();
            foreach (var person in context.World.People)
            {
                if (!random.Chance(0.09 + 0.04 * person.Skill)) continue;
                var held = history.Concat(records).Where(r => r.Owner == person).Select(r => (string)r[Attr.Certificate]!).ToHashSet();
                var open = context.Texts.Certifications.Where(c => !held.Contains(c)).ToList();
                var earned = context.WorkingDay(random, month);
                if (open.Count == 0) continue;
                var record = new SampleRecord(FactKind.Certificate, person);
                record[Attr.Certificate] = random.Pick(open);
                record[Attr.Earned] = earned;
                (earned < context.WindowStart ? history : records).Add(record);
            }
        }
    }

    /// <summary>Month-end figures per person: certificates earned in the twelve months up to that day.</summary>
    private static void Snapshots(SampleContext context)
    {
        var records = context.World.Of(FactKind.Snapshot);
        var certificates = context.World.CertificateHistory.Concat(context.World.Of(FactKind.Certificate)).ToList();
        foreach (var month in context.Months)
        {
            var asOf = month.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
            foreach (var person in context.World.People)
            {
                var record = new SampleRecord(FactKind.Snapshot, person);
                record[Attr.AsOf] = asOf;
                record[Attr.CertificateCount] = certificates.Count(c =>
                    c.Owner == person && (LocalDate)c[Attr.Earned]! <= asOf && (LocalDate)c[Attr.Earned]! > asOf.PlusMonths(-12));
                records.Add(record);
            }
        }
    }
}
