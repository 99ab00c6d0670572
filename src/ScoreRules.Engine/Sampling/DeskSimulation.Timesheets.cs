namespace ScoreRules.Engine.Sampling;

internal static partial class DeskSimulation
{
    /// <summary>
    /// Timesheets: every working day, each person who works tickets has 7.5 hours available (fewer when
    /// the calendar's day is shorter; none on a day off, about 4 % of days, or while away) and logs
    /// 52–86 % of them on tickets, in quarter hours.
    /// </summary>
    private static void Timesheets(SampleContext context)
    {
        var random = new SampleRandom(context.Options.Seed, SampleStream.Timesheets);
        var records = context.World.Of(FactKind.Timesheet);
        var calendar = context.Plan.Calendar;
        foreach (var month in context.Months)
        {
            foreach (var day in SampleContext.Days(month).Where(calendar.IsWorkingDay))
            {
                var nominal = (decimal)calendar.Hours.NominalTotal(day.DayOfWeek).TotalHours;
                foreach (var person in context.World.People.Where(p => !p.IsManager))
                {
                    var dayOff = random.Chance(0.04);
                    var available = person.LeaveMonth == month || dayOff ? 0m : Math.Min(7.5m, nominal);
                    var share = random.Uniform(0.52, 0.86) + 0.03 * person.Skill;
                    var logged = Math.Round((decimal)share * available * 4m, MidpointRounding.AwayFromZero) / 4m;
                    var record = new SampleRecord(FactKind.Timesheet, person);
                    record[Attr.WorkDate] = day;
                    record[Attr.Available] = available;
                    record[Attr.Logged] = Math.Min(logged, available);
                    records.Add(record);
                }
            }
        }
    }
}
