using NodaTime;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using ScoreRules.Engine.Tests.Data;

namespace ScoreRules.Engine.Tests.Sampling;

public class StandardDeskTests
{
    [Fact]
    public void The_built_in_desk_reads_the_standard_sources()
    {
        var desk = StandardDesk.Load();

        desk.Version.ShouldBe("standard");
        desk.Scorecards.Select(c => c.Id).ShouldBe(["tier1", "tier2"]);
        // Its weights add up to 100 % on both scorecards (tier2 replaces one dimension of tier1).
        desk.Scorecards.ShouldAllBe(c => c.Dimensions.SelectMany(d => d.Weights).Sum(w => w.Weight) == 1m);
        DataSetLoader.SourcesUsed(desk).ShouldBe(["people", "bonus_claims", "certifications", "kb_articles", "ratings", "surveys", "tickets", "training"]);
    }

    [Fact]
    public void Data_for_the_built_in_desk_loads_without_any_message()
    {
        using var folder = new TempFolder();
        var desk = StandardDesk.Load();
        var data = SampleGenerator.Generate(new SampleOptions { People = 8, TicketsPerMonth = 40, Months = 2, Seed = 3, Start = new YearMonth(2026, 5) });

        SampleWriter.Write(data, folder.Path);
        var load = DataSetLoader.Load(desk, folder.Path, DateTimeZone.Utc);

        load.Failed.ShouldBeFalse();
        load.Diagnostics.ShouldBeEmpty();
        load.Tables["people"].Rows.Count.ShouldBe(8);
        load.Tables["tickets"].Rows.Count.ShouldBe(80);
    }

    [Fact]
    public void Bad_options_are_refused_with_what_is_wrong()
    {
        var options = new SampleOptions { People = 0, Months = 0 };

        options.Problems().ShouldBe(["the number of people must be between 1 and 5000, not 0", "the number of months must be between 1 and 120, not 0"]);
        Should.Throw<ArgumentException>(() => SampleGenerator.Generate(options));
        // 400,000 × 3 = 1,200,000 tickets, over the 1,000,000 a sample may hold.
        (new SampleOptions { TicketsPerMonth = 400_000, Months = 3 }).Problems()
            .ShouldBe(["400000 tickets a month for 3 months is 1200000 tickets; a sample holds at most 1000000"]);
        // One over the monthly limit of 1,000,000.
        (new SampleOptions { TicketsPerMonth = 1_000_001, Months = 1 }).Problems()
            .ShouldBe([
                "the number of tickets per month must be between 0 and 1000000, not 1000001",
                "1000001 tickets a month for 1 months is 1000001 tickets; a sample holds at most 1000000",
            ]);
        // The benchmark's size, 1,000,000 tickets in one month, is allowed.
        (new SampleOptions { TicketsPerMonth = 1_000_000, Months = 1 }).Problems().ShouldBeEmpty();
    }
}
